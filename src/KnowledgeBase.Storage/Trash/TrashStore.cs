using LiteDB;

namespace KnowledgeBase.Storage.Trash;

/// <summary>What is in the trash, who put it there and when (the <c>trash</c> collection).</summary>
public sealed class TrashStore : ITrashStore
{
    private readonly KnowledgeBaseDatabase _database;

    public TrashStore(KnowledgeBaseDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>
    /// Runs a change that moves files into or out of <c>data/trash/</c> and records it here, so that a
    /// backup, which waits for it, never copies the files without their records or the other way round.
    /// </summary>
    public T Change<T>(Func<T> change) => _database.ChangingTrash(change);

    public TrashEntry Add(TrashEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var entity = new TrashEntity
        {
            DocumentId = entry.DocumentId,
            RelativePath = entry.RelativePath,
            Title = entry.Title,
            TrashPath = entry.TrashPath,
            DeletedById = entry.DeletedById,
            DeletedByName = entry.DeletedByName,
            DeletedAtUtcTicks = entry.DeletedAt.UtcTicks,
        };
        Entries(entries => entries.Insert(entity));
        return entity.ToEntry();
    }

    public TrashEntry? Get(long id) => Entries(entries => entries.FindById(id))?.ToEntry();

    /// <summary>Everything in the trash, most recently deleted first.</summary>
    public IReadOnlyList<TrashEntry> List() => Entries(entries => entries.FindAll().ToList()).OrderByDescending(e => e.Id).Select(e => e.ToEntry()).ToList();

    public void Remove(long id) => Entries(entries => entries.Delete(id));

    private T Entries<T>(Func<ILiteCollection<TrashEntity>, T> call) => _database.Use(database => call(database.GetCollection<TrashEntity>("trash")));
}
