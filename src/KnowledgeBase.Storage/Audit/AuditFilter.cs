namespace KnowledgeBase.Storage.Audit;

/// <summary>
/// Which entries <see cref="AuditStore.Find"/> returns: those naming <see cref="UserName"/> as actor or
/// subject (any case), of one <see cref="Type"/>, at or after <see cref="From"/> and before <see cref="To"/>.
/// A null criterion matches everything.
/// </summary>
public sealed record AuditFilter(string? UserName = null, AuditEventType? Type = null, DateTimeOffset? From = null, DateTimeOffset? To = null);
