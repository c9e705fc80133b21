namespace KnowledgeBase.Web.Authoring;

/// <summary>
/// An unsaved draft this browser kept for the document being opened (in localStorage).
/// <paramref name="Hash"/> is the file's hash when the draft was begun; when the file has changed
/// since, the draft is stale and saving it shows both versions.
/// </summary>
public sealed record StoredDraft(string Hash, DateTimeOffset SavedAt, int Length, bool IsStale);
