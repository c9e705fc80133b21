namespace KnowledgeBase.Content.Authoring;

/// <summary>A document's text as it is on disk, and its <see cref="TextHash"/>.</summary>
public sealed record StoredText(string RelativePath, string Text, string Hash);
