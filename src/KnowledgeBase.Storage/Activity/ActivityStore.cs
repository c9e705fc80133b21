using LiteDB;

namespace KnowledgeBase.Storage.Activity;

/// <summary>
/// Per user: favourites (pinned documents), recently viewed documents and recently used templates,
/// each newest first and capped, one LiteDB document per user. Thread-safe.
/// </summary>
public sealed class ActivityStore : IActivityStore
{
    /// <summary>How many entries each list keeps; older ones fall off.</summary>
    public const int Capacity = 20;

    private const string Favourites = "favourites";
    private const string Viewed = "viewed";
    private const string TemplatesUsed = "templatesUsed";
    private readonly KnowledgeBaseDatabase _database;

    // Read-modify-write of one user's lists; LiteDB locks each call, not the pair.
    private readonly Lock _gate = new();

    public ActivityStore(KnowledgeBaseDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    public void Pin(int userId, string documentId, DateTimeOffset at) => Push(userId, Favourites, documentId, at);

    public void Unpin(int userId, string documentId) => Remove(userId, Favourites, documentId);

    public bool IsPinned(int userId, string documentId) => Read(userId, Favourites).Any(e => e.DocumentId == documentId);

    public IReadOnlyList<ActivityEntry> GetFavourites(int userId) => Read(userId, Favourites);

    public void RecordView(int userId, string documentId, DateTimeOffset at) => Push(userId, Viewed, documentId, at);

    public IReadOnlyList<ActivityEntry> GetRecentlyViewed(int userId) => Read(userId, Viewed);

    /// <summary>A template was copied or inserted into a reply by this user.</summary>
    public void RecordTemplateUse(int userId, string templateId, DateTimeOffset at) => Push(userId, TemplatesUsed, templateId, at);

    public IReadOnlyList<ActivityEntry> GetRecentTemplates(int userId) => Read(userId, TemplatesUsed);

    private IReadOnlyList<ActivityEntry> Read(int userId, string list)
    {
        var document = Activity(activity => activity.FindById(userId));
        return document is null ? [] : Entries(document, list);
    }

    private void Push(int userId, string list, string documentId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        lock (_gate)
        {
            var document = Activity(activity => activity.FindById(userId)) ?? new BsonDocument { ["_id"] = userId };
            var entries = Entries(document, list).Where(e => e.DocumentId != documentId).Prepend(new ActivityEntry(documentId, at)).Take(Capacity);
            document[list] = ToArray(entries);
            Activity(activity => activity.Upsert(document));
        }
    }

    private void Remove(int userId, string list, string documentId)
    {
        lock (_gate)
        {
            var document = Activity(activity => activity.FindById(userId));
            if (document is null)
            {
                return;
            }

            document[list] = ToArray(Entries(document, list).Where(e => e.DocumentId != documentId));
            Activity(activity => activity.Update(document));
        }
    }

    private T Activity<T>(Func<ILiteCollection<BsonDocument>, T> call) => _database.Use(database => call(database.GetCollection("activity")));

    private static IReadOnlyList<ActivityEntry> Entries(BsonDocument document, string list) =>
        document.TryGetValue(list, out var value) && value.IsArray
            ? [.. value.AsArray.Select(v => new ActivityEntry(v["id"].AsString, new DateTimeOffset(v["at"].AsDateTime.ToUniversalTime(), TimeSpan.Zero)))]
            : [];

    private static BsonArray ToArray(IEnumerable<ActivityEntry> entries) =>
        new(entries.Select(e => (BsonValue)new BsonDocument { ["id"] = e.DocumentId, ["at"] = e.At.UtcDateTime }));
}
