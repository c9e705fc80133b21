namespace KnowledgeBase.Storage.Tests;

/// <summary>A real database file in its own temp folder, deleted afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kb-tests", "db-" + Guid.NewGuid().ToString("N"));

    public TempDatabase() => Database = KnowledgeBaseDatabase.Open(File);

    public string File => Path.Combine(_folder, "knowledgebase.db");

    public KnowledgeBaseDatabase Database { get; private set; }

    /// <summary>Closes and opens the file again, to prove what was written was stored.</summary>
    public KnowledgeBaseDatabase Reopen()
    {
        Database.Dispose();
        Database = KnowledgeBaseDatabase.Open(File);
        return Database;
    }

    public void Dispose()
    {
        Database.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
