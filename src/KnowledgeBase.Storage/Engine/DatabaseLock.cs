namespace KnowledgeBase.Storage.Engine;

/// <summary>
/// The lock file beside the database (<c>knowledgebase.db.lock</c>) that keeps it to one process.
/// LiteDB's Direct mode shares the file for reading, which on Linux takes no exclusive lock: a second
/// process could open it and both would write, corrupting it. A lock file opened with FileShare.None
/// (an exclusive lock .NET takes on every platform) prevents that; it is deleted when closed.
/// </summary>
internal static class DatabaseLock
{
    public static string FileOf(string databaseFile) => databaseFile + ".lock";

    /// <summary>Takes the lock, creating the folder; the exception says why it could not.</summary>
    /// <exception cref="DatabaseInUseException">Another process holds it.</exception>
    /// <exception cref="DataFolderReadOnlyException">The folder cannot be written.</exception>
    public static FileStream Acquire(string databaseFile)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(databaseFile)!);
            return new FileStream(FileOf(databaseFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OpenErrors.Explain(databaseFile, e);
        }
    }
}
