using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Storage;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Backups;
using KnowledgeBase.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeBase.Cli.Tests;

public sealed class BackupCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kb-tests", "cli-backup-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    private string Data => Path.Combine(_root, "data");

    private KnowledgeBasePaths Paths => new(RepositoryPaths.Content, Data);

    private string[] Args(params string[] args) => [.. args, "--data", Data, "--content", RepositoryPaths.Content];

    private KbResult Kb(params string[] args) => KbRunner.Run(_root, null, _time, Args(args));

    private void AddUsers(params string[] names)
    {
        using var database = KnowledgeBaseDatabase.Open(Paths.DatabaseFile);
        foreach (var name in names)
        {
            new UserStore(database).Create(new UserAccount { UserName = name, PasswordHash = "x" });
        }
    }

    private IReadOnlyList<string> UsersIn(string databaseFile)
    {
        using var database = KnowledgeBaseDatabase.Open(databaseFile);
        return [.. new UserStore(database).List().Select(u => u.UserName)];
    }

    [Fact]
    public void Backup_WithTheAppStopped_CopiesTheDatabaseAndTrash_IntoDataBackups()
    {
        AddUsers("ada");
        Directory.CreateDirectory(Path.Combine(Data, "trash"));
        File.WriteAllText(Path.Combine(Data, "trash", "old.md"), "old");

        var result = Kb("backup");

        Assert.Equal(0, result.ExitCode);
        var folder = Path.Combine(Data, "backups", "kb-backup-20261123-100000-manual");
        Assert.Contains("and 1 trash files to data/backups/kb-backup-20261123-100000-manual", result.Output, StringComparison.Ordinal);
        Assert.Equal(["ada"], UsersIn(Path.Combine(folder, "knowledgebase.db")));
        Assert.True(File.Exists(Path.Combine(folder, "trash", "old.md")));
    }

    [Fact]
    public async Task Backup_WhileTheAppRuns_IsWrittenByTheApp_ToTheFolderAskedFor()
    {
        AddUsers("ada");
        using var app = KnowledgeBaseDatabase.Open(Paths.DatabaseFile);
        new UserStore(app).Create(new UserAccount { UserName = "bea", PasswordHash = "x" });
        using var listener = new BackupRequestListener(
            new ServiceCollection().AddSingleton(new DataBackup(app, Paths, _time)).BuildServiceProvider(),
            Options.Create(new BackupOptions()), Paths, NullLogger<BackupRequestListener>.Instance);
        await listener.StartAsync(CancellationToken.None);

        var result = Kb("backup", "--to", "elsewhere", "--json");

        await listener.StopAsync(CancellationToken.None);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"byApp\": true", result.Output.Replace("\":true", "\": true", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(["ada", "bea"], UsersIn(Path.Combine(_root, "elsewhere", "kb-backup-20261123-100000-manual", "knowledgebase.db")));
    }

    [Fact]
    public void Backup_WhenTheDatabaseIsHeldButNoAppAnswers_SaysSo()
    {
        AddUsers("ada");
        using var held = KnowledgeBaseDatabase.Open(Paths.DatabaseFile);

        var result = Kb("backup");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is in use, but no app answered on data/control/backup.sock", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Backup_OfADataFolderWithoutADatabase_SaysThereIsNothingToBackUp()
    {
        var result = Kb("backup");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nothing to back up", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Paths.DatabaseFile));
    }

    [Fact]
    public void Restore_PutsABackupBack_AndKeepsTheReplacedDatabaseAside()
    {
        AddUsers("ada");
        Assert.Equal(0, Kb("backup").ExitCode);
        AddUsers("bea");

        var result = Kb("restore", "data/backups/kb-backup-20261123-100000-manual");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Restored data/knowledgebase.db from data/backups/kb-backup-20261123-100000-manual with 0 trash files; the replaced files are in data/before-restore-20261123-100000", result.Output, StringComparison.Ordinal);
        Assert.Equal(["ada"], UsersIn(Paths.DatabaseFile));
        Assert.Equal(["ada", "bea"], UsersIn(Path.Combine(Data, "before-restore-20261123-100000", "knowledgebase.db")));
    }

    [Fact]
    public void Restore_RefusesWhileTheAppRuns()
    {
        AddUsers("ada");
        Assert.Equal(0, Kb("backup").ExitCode);
        using var app = KnowledgeBaseDatabase.Open(Paths.DatabaseFile);

        var result = Kb("restore", "data/backups/kb-backup-20261123-100000-manual");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("stop the app, then run kb restore again", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_OfAFileThatIsNotADatabase_ChangesNothing()
    {
        AddUsers("ada");
        File.WriteAllText(Path.Combine(_root, "notes.txt"), "shopping list\n");

        var result = Kb("restore", "notes.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not a readable database, nothing was changed", result.Error, StringComparison.Ordinal);
        Assert.Equal(["ada"], UsersIn(Paths.DatabaseFile));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
