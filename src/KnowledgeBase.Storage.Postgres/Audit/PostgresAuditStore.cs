using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Storage.Postgres.Audit;

/// <summary>The audit log in PostgreSQL's <c>audit_log</c>, written by every node. Entries are only ever added. Thread-safe.</summary>
public sealed class PostgresAuditStore(IDbContextFactory<KnowledgeBaseDbContext> contexts) : IAuditStore
{
    // The same caps as the LiteDB store: names typed into the sign-in form can be anything.
    private const int MaxNameLength = 100;
    private const int MaxDetailLength = 500;

    public AuditEntry Record(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var row = ToRow(entry);
        row.Id = 0;
        using var context = contexts.CreateDbContext();
        context.AuditLog.Add(row);
        context.SaveChanges();
        return ToEntry(row);
    }

    public AuditEntry Record(DateTimeOffset at, AuditEventType type, AuditActor actor, int? subjectId, string? subjectName, string detail = "")
    {
        ArgumentNullException.ThrowIfNull(actor);
        return Record(new AuditEntry(at, type, actor.UserId, actor.Name, subjectId, subjectName, actor.ClientAddress, detail));
    }

    public IReadOnlyList<AuditEntry> Find(AuditFilter filter, int limit = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        using var context = contexts.CreateDbContext();
        var rows = context.AuditLog.AsNoTracking();
        if (filter.From is { } from)
        {
            var start = from.ToUniversalTime();
            rows = rows.Where(e => e.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = to.ToUniversalTime();
            rows = rows.Where(e => e.At < end);
        }

        if (filter.Type is { } type)
        {
            var name = type.ToString();
            rows = rows.Where(e => e.Type == name);
        }

        if (filter.UserName is { Length: > 0 } user)
        {
            var key = UserAccount.Normalize(user);
            rows = rows.Where(e => e.ActorKey == key || e.SubjectKey == key);
        }

        return [.. rows.OrderByDescending(e => e.Id).Take(limit).AsEnumerable().Select(ToEntry)];
    }

    public int Count()
    {
        using var context = contexts.CreateDbContext();
        return context.AuditLog.Count();
    }

    internal static AuditRow ToRow(AuditEntry entry) => new()
    {
        Id = entry.Id,
        At = entry.At.ToUniversalTime(),
        Type = entry.Type.ToString(),
        ActorId = entry.ActorId,
        ActorName = Text(entry.ActorName, MaxNameLength),
        ActorKey = Key(entry.ActorName),
        SubjectId = entry.SubjectId,
        SubjectName = Text(entry.SubjectName, MaxNameLength),
        SubjectKey = Key(entry.SubjectName),
        ClientAddress = Text(entry.ClientAddress, MaxNameLength),
        Detail = Text(entry.Detail, MaxDetailLength) ?? string.Empty,
    };

    private static AuditEntry ToEntry(AuditRow row) =>
        new(row.At, Enum.Parse<AuditEventType>(row.Type), row.ActorId, row.ActorName, row.SubjectId, row.SubjectName, row.ClientAddress, row.Detail)
        {
            Id = row.Id,
        };

    private static string? Text(string? value, int maxLength) =>
        value is null ? null : value.Length <= maxLength ? value : value[..maxLength];

    private static string? Key(string? name) => name is null ? null : UserAccount.Normalize(name.Length <= MaxNameLength ? name : name[..MaxNameLength]);
}
