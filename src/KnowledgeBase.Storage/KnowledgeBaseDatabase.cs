using LiteDB;

namespace KnowledgeBase.Storage;

/// <summary>
/// The one embedded LiteDB database of the app (<c>data/knowledgebase.db</c>): accounts, activity,
/// revisions and insights. One instance per process; LiteDB is thread-safe within it.
/// </summary>
public sealed class KnowledgeBaseDatabase : IDisposable
{
    private readonly FileStream? _lock;

    private KnowledgeBaseDatabase(LiteDatabase database, FileStream? fileLock = null)
    {
        Database = database;
        _lock = fileLock;
    }

    /// <summary>The LiteDB handle the stores in this project share.</summary>
    internal LiteDatabase Database { get; }

    /// <summary>Opens (or creates) the database file, creating its folder.</summary>
    /// <exception cref="DatabaseInUseException">Another process (the web app, or <c>kb</c>) has it open.</exception>
    public static KnowledgeBaseDatabase Open(string file)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        // LiteDB's Direct mode shares the file for reading, which on Linux takes no exclusive lock:
        // a second process could open it and both would write, corrupting it. A lock file opened
        // with FileShare.None (an exclusive lock .NET takes on every platform) keeps it to one process.
        FileStream fileLock;
        try
        {
            fileLock = new FileStream(file + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException e)
        {
            throw new DatabaseInUseException(file, e);
        }

        try
        {
            return new KnowledgeBaseDatabase(new LiteDatabase(new ConnectionString { Filename = file, Connection = ConnectionType.Direct }), fileLock);
        }
        catch
        {
            fileLock.Dispose();
            throw;
        }
    }

    /// <summary>A database in a stream (tests: a <see cref="MemoryStream"/>).</summary>
    public static KnowledgeBaseDatabase Open(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new KnowledgeBaseDatabase(new LiteDatabase(stream));
    }

    public void Dispose()
    {
        Database.Dispose();
        _lock?.Dispose();
    }
}
