namespace KnowledgeBase.Storage;

/// <summary>
/// The database cannot be used, for a reason its message states with what to do about it: the file is
/// held by another process, the data folder is read-only, the file is damaged, or a read or write failed.
/// </summary>
public abstract class DatabaseUnavailableException(string file, string message, Exception? inner)
    : IOException(message, inner)
{
    /// <summary>The database file, as a full path.</summary>
    public string File { get; } = file;
}
