namespace KnowledgeBase.Storage.Revisions;

/// <summary>One saved state of a document: who did what, when, and the full text at that point.</summary>
/// <param name="Text">The file's text after the action (for a deletion: the text that was deleted).</param>
public sealed record Revision(
    long Id,
    string DocumentId,
    string RelativePath,
    RevisionAction Action,
    string AuthorId,
    string AuthorName,
    DateTimeOffset At,
    string Text,
    string Note);
