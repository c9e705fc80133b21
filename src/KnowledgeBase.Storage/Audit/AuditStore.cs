using KnowledgeBase.Storage.Accounts;
using LiteDB;

namespace KnowledgeBase.Storage.Audit;

/// <summary>
/// The audit log in the <c>audit_log</c> collection: sign-ins, account changes, exports. Entries are
/// only ever added. Mapped by hand, like <see cref="UserStore"/>, so renaming a C# property never
/// silently orphans stored data. Every call goes through <see cref="KnowledgeBaseDatabase.Use{T}"/>, so a
/// failed write is survived like any other. Thread-safe (LiteDB is).
/// </summary>
public sealed class AuditStore : IAuditStore
{
    private const string CollectionName = "audit_log";

    // Names typed into the sign-in form can be anything; the log keeps enough to recognise them.
    private const int MaxNameLength = 100;
    private const int MaxDetailLength = 500;

    private readonly KnowledgeBaseDatabase _database;

    public AuditStore(KnowledgeBaseDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;

        // Every view of the log is a range of time, newest first.
        Entries(entries => entries.EnsureIndex("at"));
    }

    /// <summary>Stores the entry and returns it with its id.</summary>
    public AuditEntry Record(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var document = ToDocument(entry);
        document.Remove("_id");
        var id = Entries(entries => entries.Insert(document));
        return entry with { Id = id.AsInt64 };
    }

    /// <summary>Records what <paramref name="actor"/> did to an account (for sign-ins: the name typed).</summary>
    public AuditEntry Record(DateTimeOffset at, AuditEventType type, AuditActor actor, int? subjectId, string? subjectName, string detail = "")
    {
        ArgumentNullException.ThrowIfNull(actor);
        return Record(new AuditEntry(at, type, actor.UserId, actor.Name, subjectId, subjectName, actor.ClientAddress, detail));
    }

    /// <summary>The matching entries, newest first, at most <paramref name="limit"/> of them.</summary>
    public IReadOnlyList<AuditEntry> Find(AuditFilter filter, int limit = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var from = filter.From?.UtcDateTime ?? DateTime.MinValue;
        var to = filter.To?.UtcDateTime ?? DateTime.MaxValue;
        var user = filter.UserName is { Length: > 0 } name ? UserAccount.Normalize(name) : null;
        var type = filter.Type?.ToString();
        return Entries(entries => entries.Query()
            .Where(Query.And(Query.GTE("at", from), Query.LT("at", to)))
            .OrderByDescending("_id")
            .ToEnumerable()
            .Where(d => type is null || d["type"].AsString == type)
            .Where(d => user is null || d["actorKey"].AsString == user || d["subjectKey"].AsString == user)
            .Take(limit)
            .Select(FromDocument)
            .ToList());
    }

    public int Count() => Entries(entries => entries.Count());

    // Results are materialised inside the call: a lazy query enumerated later would run outside the failure handling.
    private T Entries<T>(Func<ILiteCollection<BsonDocument>, T> call) =>
        _database.Use(database => call(database.GetCollection(CollectionName, BsonAutoId.Int64)));

    private static BsonDocument ToDocument(AuditEntry entry) => new()
    {
        ["_id"] = entry.Id,
        ["at"] = entry.At.UtcDateTime,
        ["type"] = entry.Type.ToString(),
        ["actorId"] = entry.ActorId is { } actorId ? actorId : BsonValue.Null,
        ["actorName"] = Text(entry.ActorName, MaxNameLength),
        ["actorKey"] = Key(entry.ActorName),
        ["subjectId"] = entry.SubjectId is { } subjectId ? subjectId : BsonValue.Null,
        ["subjectName"] = Text(entry.SubjectName, MaxNameLength),
        ["subjectKey"] = Key(entry.SubjectName),
        ["clientAddress"] = Text(entry.ClientAddress, MaxNameLength),
        ["detail"] = Text(entry.Detail, MaxDetailLength),
    };

    private static AuditEntry FromDocument(BsonDocument document) => new(
        new DateTimeOffset(document["at"].AsDateTime.ToUniversalTime(), TimeSpan.Zero),
        Enum.Parse<AuditEventType>(document["type"].AsString),
        document["actorId"].IsInt32 ? document["actorId"].AsInt32 : null,
        NullableString(document["actorName"]),
        document["subjectId"].IsInt32 ? document["subjectId"].AsInt32 : null,
        NullableString(document["subjectName"]),
        NullableString(document["clientAddress"]),
        NullableString(document["detail"]) ?? string.Empty)
    {
        Id = document["_id"].AsInt64,
    };

    private static BsonValue Text(string? value, int maxLength) =>
        value is null ? BsonValue.Null : value.Length <= maxLength ? value : value[..maxLength];

    private static BsonValue Key(string? name) => name is null ? BsonValue.Null : UserAccount.Normalize(name.Length <= MaxNameLength ? name : name[..MaxNameLength]);

    private static string? NullableString(BsonValue value) => value.IsString ? value.AsString : null;
}
