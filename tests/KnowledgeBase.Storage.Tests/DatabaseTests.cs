namespace KnowledgeBase.Storage.Tests;

public sealed class DatabaseTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kb-tests", "db-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Open_CreatesTheFolderAndTheFile_AndKeepsWhatWasWritten()
    {
        var file = Path.Combine(_folder, "nested", "knowledgebase.db");

        using (var database = KnowledgeBaseDatabase.Open(file))
        {
            database.Use(db => db.GetCollection("probe").Insert(new LiteDB.BsonDocument { ["value"] = 42 }));
        }

        Assert.True(File.Exists(file));
        using var reopened = KnowledgeBaseDatabase.Open(file);
        Assert.Equal(42, reopened.Use(db => db.GetCollection("probe").FindAll().Single()["value"].AsInt32));
    }

    [Fact]
    public void Open_RefusesAFileAnotherHandleHasOpen_AndAllowsItOnceClosed()
    {
        var file = Path.Combine(_folder, "knowledgebase.db");
        var first = KnowledgeBaseDatabase.Open(file);

        var error = Assert.Throws<DatabaseInUseException>(() => KnowledgeBaseDatabase.Open(file));

        Assert.Equal(file, error.File);
        first.Dispose();
        using var second = KnowledgeBaseDatabase.Open(file);
        Assert.Equal(file, second.File);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
