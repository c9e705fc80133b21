namespace KnowledgeBase.Storage.Onboarding;

/// <summary>
/// "I have read and understood": the SOP's content hash at that moment and its text, so a later
/// material change can be shown as a diff of exactly what the reader has not seen.
/// </summary>
public sealed record Acknowledgement(int UserId, string DocumentId, string ContentHash, string Snapshot, DateTimeOffset At);
