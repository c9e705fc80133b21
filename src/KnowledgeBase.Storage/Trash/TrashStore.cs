using LiteDB;

namespace KnowledgeBase.Storage.Trash;

/// <summary>What is in the trash, who put it there and when (the <c>trash</c> collection).</summary>
public sealed class TrashStore
{
    private readonly ILiteCollection<TrashEntity> _entries;

    public TrashStore(KnowledgeBaseDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _entries = database.Database.GetCollection<TrashEntity>("trash");
    }

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
        _entries.Insert(entity);
        return entity.ToEntry();
    }

    public TrashEntry? Get(long id) => _entries.FindById(id)?.ToEntry();

    /// <summary>Everything in the trash, most recently deleted first.</summary>
    public IReadOnlyList<TrashEntry> List() => _entries.FindAll().OrderByDescending(e => e.Id).Select(e => e.ToEntry()).ToList();

    public void Remove(long id) => _entries.Delete(id);
}
