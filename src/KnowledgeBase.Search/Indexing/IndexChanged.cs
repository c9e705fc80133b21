namespace KnowledgeBase.Search.Indexing;

/// <summary>Raised after changes became searchable; carries the ids that changed.</summary>
public sealed record IndexChanged(IReadOnlyList<string> Ids, bool Everything);
