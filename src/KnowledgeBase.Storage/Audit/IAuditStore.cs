namespace KnowledgeBase.Storage.Audit;

/// <summary>The audit log: entries are only ever added. Thread-safe.</summary>
public interface IAuditStore
{
    /// <summary>Stores the entry and returns it with its id.</summary>
    AuditEntry Record(AuditEntry entry);

    /// <summary>Records what <paramref name="actor"/> did to an account (for sign-ins: the name typed).</summary>
    AuditEntry Record(DateTimeOffset at, AuditEventType type, AuditActor actor, int? subjectId, string? subjectName, string detail = "");

    /// <summary>The matching entries, newest first, at most <paramref name="limit"/> of them.</summary>
    IReadOnlyList<AuditEntry> Find(AuditFilter filter, int limit = int.MaxValue);

    int Count();
}
