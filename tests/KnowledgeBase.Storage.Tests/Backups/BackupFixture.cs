using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Storage.Backups;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeBase.Storage.Tests.Backups;

/// <summary>A data folder with its real database open, a backup writer over it, and fake time.</summary>
public abstract class BackupFixture : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kb-tests", "backup-" + Guid.NewGuid().ToString("N"));

    protected BackupFixture()
    {
        Paths = new KnowledgeBasePaths(Path.Combine(_root, "content"), Path.Combine(_root, "data"));
        Database = KnowledgeBaseDatabase.Open(Paths.DatabaseFile);
        Backup = new DataBackup(Database, Paths, Time);
    }

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    protected KnowledgeBasePaths Paths { get; }

    protected KnowledgeBaseDatabase Database { get; private set; }

    protected DataBackup Backup { get; }

    protected string BackupFolder => Path.Combine(_root, "backups");

    protected string Trash => Path.Combine(Paths.DataRoot, "trash");

    /// <summary>The backup folders in <see cref="BackupFolder"/>, by name.</summary>
    protected IReadOnlyList<string> Backups() =>
        Directory.Exists(BackupFolder) ? [.. Directory.GetDirectories(BackupFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!] : [];

    /// <summary>Stops "the app": closes the database, as it is before a restore.</summary>
    protected void CloseDatabase() => Database.Dispose();

    protected KnowledgeBaseDatabase ReopenDatabase() => Database = KnowledgeBaseDatabase.Open(Paths.DatabaseFile);

    public void Dispose()
    {
        Database.Dispose();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}
