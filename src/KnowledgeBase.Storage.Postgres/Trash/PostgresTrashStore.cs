using KnowledgeBase.Storage.Trash;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Storage.Postgres.Trash;

/// <summary>
/// The trash's records in PostgreSQL's <c>trash</c>. The deleted files themselves stay in the data
/// folder of the node that deleted them. Thread-safe.
/// </summary>
public sealed class PostgresTrashStore(IDbContextFactory<KnowledgeBaseDbContext> contexts) : ITrashStore
{
    /// <summary>
    /// Runs the change as it is: the LiteDB provider holds it back while a file backup copies the trash,
    /// and with PostgreSQL there is no such backup (pg_dump takes a consistent snapshot by itself).
    /// </summary>
    public T Change<T>(Func<T> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change();
    }

    public TrashEntry Add(TrashEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var row = ToRow(entry);
        row.Id = 0;
        using var context = contexts.CreateDbContext();
        context.Trash.Add(row);
        context.SaveChanges();
        return ToEntry(row);
    }

    public TrashEntry? Get(long id)
    {
        using var context = contexts.CreateDbContext();
        return context.Trash.AsNoTracking().FirstOrDefault(e => e.Id == id) is { } row ? ToEntry(row) : null;
    }

    public IReadOnlyList<TrashEntry> List()
    {
        using var context = contexts.CreateDbContext();
        return [.. context.Trash.AsNoTracking().OrderByDescending(e => e.Id).AsEnumerable().Select(ToEntry)];
    }

    public void Remove(long id)
    {
        using var context = contexts.CreateDbContext();
        context.Trash.Where(e => e.Id == id).ExecuteDelete();
    }

    internal static TrashRow ToRow(TrashEntry entry) => new()
    {
        Id = entry.Id,
        DocumentId = entry.DocumentId,
        RelativePath = entry.RelativePath,
        Title = entry.Title,
        TrashPath = entry.TrashPath,
        DeletedById = entry.DeletedById,
        DeletedByName = entry.DeletedByName,
        DeletedAt = entry.DeletedAt.ToUniversalTime(),
    };

    private static TrashEntry ToEntry(TrashRow row) =>
        new(row.Id, row.DocumentId, row.RelativePath, row.Title, row.TrashPath, row.DeletedById, row.DeletedByName, row.DeletedAt);
}
