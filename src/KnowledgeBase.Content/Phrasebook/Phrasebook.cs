namespace KnowledgeBase.Content.Phrasebook;

/// <summary>The avoided and preferred phrases of one language, from <c>phrasebook/&lt;lang&gt;.yml</c>.</summary>
public sealed record Phrasebook(string Language, string RelativePath, IReadOnlyList<PhrasebookEntry> Entries);
