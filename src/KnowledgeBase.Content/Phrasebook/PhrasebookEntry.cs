namespace KnowledgeBase.Content.Phrasebook;

/// <summary>A phrase to avoid in replies and the phrases to use instead.</summary>
/// <param name="Line">1-based line of the entry in its phrasebook file.</param>
public sealed record PhrasebookEntry(string Avoid, IReadOnlyList<string> Prefer, string? Note, int Line);
