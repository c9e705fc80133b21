namespace KnowledgeBase.Storage.Audit;

/// <summary>
/// One security-relevant event: who (<see cref="ActorName"/>) did what (<see cref="Type"/>) to whom
/// (<see cref="SubjectName"/>, for sign-ins the name that was typed), when and from where.
/// <see cref="Id"/> is 0 until the <see cref="AuditStore"/> stores it.
/// </summary>
public sealed record AuditEntry(
    DateTimeOffset At,
    AuditEventType Type,
    int? ActorId,
    string? ActorName,
    int? SubjectId,
    string? SubjectName,
    string? ClientAddress,
    string Detail)
{
    public long Id { get; init; }
}
