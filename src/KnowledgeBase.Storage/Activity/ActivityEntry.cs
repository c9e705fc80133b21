namespace KnowledgeBase.Storage.Activity;

/// <summary>A document (article or template id) a user pinned, viewed or used, and when.</summary>
public sealed record ActivityEntry(string DocumentId, DateTimeOffset At);
