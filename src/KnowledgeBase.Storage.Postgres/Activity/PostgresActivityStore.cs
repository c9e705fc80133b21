using KnowledgeBase.Storage.Activity;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Storage.Postgres.Activity;

/// <summary>
/// Favourites, recently viewed documents and recently used templates in PostgreSQL's <c>activity</c>,
/// a row per entry. A push is one upsert and one trim, so two nodes pushing for one user lose nothing
/// (LiteDB's store rewrites the user's document under a lock, which only works in one process; here a
/// PostgreSQL advisory lock per user orders the pushes). Thread-safe.
/// </summary>
public sealed class PostgresActivityStore(IDbContextFactory<KnowledgeBaseDbContext> contexts) : IActivityStore
{
    private const string Favourites = "favourites";
    private const string Viewed = "viewed";
    private const string TemplatesUsed = "templatesUsed";

    // The advisory lock class ("kbac") that orders pushes to one user's lists: two trims at once could
    // each wait for a row the other just wrote, a deadlock PostgreSQL would end by failing one of them.
    private const int PushLock = 0x6B62_6163;

    public void Pin(int userId, string documentId, DateTimeOffset at) => Push(userId, Favourites, documentId, at);

    public void Unpin(int userId, string documentId)
    {
        using var context = contexts.CreateDbContext();
        context.Activity.Where(e => e.UserId == userId && e.List == Favourites && e.DocumentId == documentId).ExecuteDelete();
    }

    public bool IsPinned(int userId, string documentId) => Read(userId, Favourites).Any(e => e.DocumentId == documentId);

    public IReadOnlyList<ActivityEntry> GetFavourites(int userId) => Read(userId, Favourites);

    public void RecordView(int userId, string documentId, DateTimeOffset at) => Push(userId, Viewed, documentId, at);

    public IReadOnlyList<ActivityEntry> GetRecentlyViewed(int userId) => Read(userId, Viewed);

    public void RecordTemplateUse(int userId, string templateId, DateTimeOffset at) => Push(userId, TemplatesUsed, templateId, at);

    public IReadOnlyList<ActivityEntry> GetRecentTemplates(int userId) => Read(userId, TemplatesUsed);

    private void Push(int userId, string list, string documentId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        var when = at.ToUniversalTime();
        using var context = contexts.CreateDbContext();

        // The transaction lock is held until the trim is committed.
        using var transaction = context.Database.BeginTransaction();
        context.Database.ExecuteSql($"""
            SELECT pg_advisory_xact_lock({PushLock}, {userId});
            INSERT INTO activity (user_id, list, document_id, at) VALUES ({userId}, {list}, {documentId}, {when})
            ON CONFLICT (user_id, list, document_id) DO UPDATE SET at = EXCLUDED.at, "position" = EXCLUDED."position";
            DELETE FROM activity WHERE user_id = {userId} AND list = {list} AND document_id NOT IN (
              SELECT document_id FROM activity WHERE user_id = {userId} AND list = {list} ORDER BY "position" DESC LIMIT {ActivityStore.Capacity});
            """);
        transaction.Commit();
    }

    private IReadOnlyList<ActivityEntry> Read(int userId, string list)
    {
        using var context = contexts.CreateDbContext();

        // Capped here too: a push on another node may not have trimmed yet.
        return [.. context.Activity.AsNoTracking()
            .Where(e => e.UserId == userId && e.List == list)
            .OrderByDescending(e => e.Position)
            .Take(ActivityStore.Capacity)
            .Select(e => new ActivityEntry(e.DocumentId, e.At))];
    }
}
