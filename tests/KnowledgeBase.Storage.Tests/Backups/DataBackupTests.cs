using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Backups;
using KnowledgeBase.Storage.Insights;
using KnowledgeBase.Storage.Trash;

namespace KnowledgeBase.Storage.Tests.Backups;

public sealed class DataBackupTests : BackupFixture
{
    [Fact]
    public async Task ABackupTakenWhileTheDatabaseIsOpenAndBeingWritten_OpensWithEveryRowUpToThatPoint()
    {
        var insights = new InsightStore(Database);
        using var hundredWritten = new ManualResetEventSlim();
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(() =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                insights.RecordSearch(new SearchEvent(Guid.NewGuid(), Time.GetUtcNow().AddSeconds(-n), "1", $"q{n:D6}", "en", 1));
                if (n == 99)
                {
                    hundredWritten.Set();
                }
            }
        });
        hundredWritten.Wait();

        var backup = Backup.Write(BackupFolder, BackupKind.Manual);
        await stop.CancelAsync();
        await writer;

        using var copy = KnowledgeBaseDatabase.Open(Path.Combine(backup.Folder, BackupNames.DatabaseFile));
        var queries = new InsightStore(copy).Searches(new InsightPeriod(Time.GetUtcNow().AddYears(-1), Time.GetUtcNow().AddDays(1)))
            .Select(s => s.Query).Order(StringComparer.Ordinal).ToList();
        Assert.True(queries.Count >= 100, $"only {queries.Count} rows");
        Assert.Equal(Enumerable.Range(0, queries.Count).Select(n => $"q{n:D6}"), queries);
    }

    [Fact]
    public void ABackup_HoldsTheDatabaseAndTheTrash_WithTheRecordsOfWhatIsInIt()
    {
        new UserStore(Database).Create(new UserAccount { UserName = "ada", PasswordHash = "x" });
        Directory.CreateDirectory(Path.Combine(Trash, "20261123-100000-abc", "articles", "en"));
        File.WriteAllText(Path.Combine(Trash, "20261123-100000-abc", "articles", "en", "old.md"), "---\ntitle: Old\n---\n");
        new TrashStore(Database).Add(new TrashEntry(0, "articles/en/old", "articles/en/old.md", "Old", "20261123-100000-abc/articles/en/old.md", "1", "Ada", Time.GetUtcNow()));

        var backup = Backup.Write(BackupFolder, BackupKind.Scheduled);

        Assert.Equal(Path.Combine(BackupFolder, "kb-backup-20261123-100000"), backup.Folder);
        Assert.Equal(1, backup.TrashFiles);
        Assert.Equal("---\ntitle: Old\n---\n", File.ReadAllText(Path.Combine(backup.Folder, "trash", "20261123-100000-abc", "articles", "en", "old.md")));
        using var copy = KnowledgeBaseDatabase.Open(Path.Combine(backup.Folder, BackupNames.DatabaseFile));
        Assert.Equal("ada", new UserStore(copy).List().Single().UserName);
        Assert.Equal("Old", new TrashStore(copy).List().Single().Title);
    }

    [Fact]
    public void TwoBackupsInOneSecond_GetTheirOwnFolders()
    {
        var first = Backup.Write(BackupFolder, BackupKind.Manual);
        var second = Backup.Write(BackupFolder, BackupKind.Manual);

        Assert.Equal(["kb-backup-20261123-100000-manual", "kb-backup-20261123-100000-manual-2"], Backups());
        Assert.NotEqual(first.Folder, second.Folder);
    }

    [Fact]
    public void AFailedBackup_LeavesNothingHalfWritten_AndTheDatabaseWorks()
    {
        Directory.CreateDirectory(BackupFolder);
        Directory.CreateDirectory(Trash);
        File.WriteAllText(Path.Combine(Trash, "a.md"), "a");
        Directory.CreateDirectory(Path.Combine(BackupFolder, ".kb-backup-20261123-100000.partial", "trash", "a.md"));

        Assert.ThrowsAny<IOException>(() => Backup.Write(BackupFolder, BackupKind.Scheduled));

        Assert.Empty(Backups());
        new UserStore(Database).Create(new UserAccount { UserName = "ada", PasswordHash = "x" });
    }

    [Fact]
    public void Prune_KeepsTheNewestScheduledBackups_AndNeverAManualOne()
    {
        foreach (var name in (string[])["kb-backup-20261120-100000", "kb-backup-20261121-100000", "kb-backup-20261122-100000", "kb-backup-20261101-090000-manual", ".kb-backup-20261119-100000.partial"])
        {
            Directory.CreateDirectory(Path.Combine(BackupFolder, name));
        }

        Backup.Prune(BackupFolder, keep: 2);

        Assert.Equal(["kb-backup-20261101-090000-manual", "kb-backup-20261121-100000", "kb-backup-20261122-100000"], Backups());
    }
}
