using LiteDB;

namespace KnowledgeBase.Storage;

/// <summary>
/// The one embedded LiteDB database of the app (<c>data/knowledgebase.db</c>): accounts, activity,
/// revisions and insights. One instance per process; LiteDB is thread-safe within it.
/// </summary>
public sealed class KnowledgeBaseDatabase : IDisposable
{
    private KnowledgeBaseDatabase(LiteDatabase database) => Database = database;

    /// <summary>The LiteDB handle the stores in this project share.</summary>
    internal LiteDatabase Database { get; }

    /// <summary>Opens (or creates) the database file, creating its folder.</summary>
    public static KnowledgeBaseDatabase Open(string file)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        return new KnowledgeBaseDatabase(new LiteDatabase(new ConnectionString { Filename = file, Connection = ConnectionType.Direct }));
    }

    /// <summary>A database in a stream (tests: a <see cref="MemoryStream"/>).</summary>
    public static KnowledgeBaseDatabase Open(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new KnowledgeBaseDatabase(new LiteDatabase(stream));
    }

    public void Dispose() => Database.Dispose();
}
