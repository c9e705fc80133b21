namespace KnowledgeBase.Storage.Postgres.Audit;

/// <summary>A row of <c>audit_log</c>; the <c>*_key</c> columns hold normalised names for the user filter.</summary>
internal sealed class AuditRow
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string Type { get; set; } = string.Empty;

    public int? ActorId { get; set; }

    public string? ActorName { get; set; }

    public string? ActorKey { get; set; }

    public int? SubjectId { get; set; }

    public string? SubjectName { get; set; }

    public string? SubjectKey { get; set; }

    public string? ClientAddress { get; set; }

    public string Detail { get; set; } = string.Empty;
}
