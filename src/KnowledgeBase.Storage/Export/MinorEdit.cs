namespace KnowledgeBase.Storage.Export;

/// <summary>The document's text with <see cref="ToHash"/> is a minor edit of the one with <see cref="FromHash"/>.</summary>
public sealed record MinorEdit(string DocumentId, string FromHash, string ToHash);
