namespace KnowledgeBase.Web.Components.Search;

/// <summary>The search box's text as of one change, numbered by the browser in the order the agent made them.</summary>
/// <param name="Sequence">Increases with every change to the box; results carry the number of the text they are for.</param>
/// <param name="Text">What the box held, exactly as typed.</param>
public readonly record struct TypedQuery(long Sequence, string Text);
