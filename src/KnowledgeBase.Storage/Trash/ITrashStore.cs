namespace KnowledgeBase.Storage.Trash;

/// <summary>What is in the trash, who put it there and when. Thread-safe.</summary>
public interface ITrashStore
{
    /// <summary>
    /// Runs a change that moves files into or out of <c>data/trash/</c> and records it here, so that a
    /// backup, which waits for it, never copies the files without their records or the other way round.
    /// </summary>
    T Change<T>(Func<T> change);

    TrashEntry Add(TrashEntry entry);

    TrashEntry? Get(long id);

    /// <summary>Everything in the trash, most recently deleted first.</summary>
    IReadOnlyList<TrashEntry> List();

    void Remove(long id);
}
