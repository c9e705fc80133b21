namespace KnowledgeBase.Web.Api.Contract;

/// <summary>One section of a document: the text under an H2 or H3 heading, or the introduction (anchor and title null).</summary>
/// <param name="Anchor">The heading's id, for deep links (<c>/articles/…#anchor</c>); null for the introduction.</param>
/// <param name="Html">The section's body (without its heading) as sanitized HTML.</param>
public sealed record DocumentSectionJson(string? Anchor, string? Title, string Html, string Text);
