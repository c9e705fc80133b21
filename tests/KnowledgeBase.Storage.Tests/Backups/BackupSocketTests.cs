using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Backups;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Storage.Tests.Backups;

/// <summary><c>kb backup</c>'s request to the running app, over the real socket in the data folder.</summary>
public sealed class BackupSocketTests : BackupFixture
{
    private BackupRequestListener Listener() => new(
        new ServiceCollection().AddSingleton(Backup).BuildServiceProvider(),
        Options.Create(new BackupOptions { Folder = BackupFolder }),
        Paths,
        NullLogger<BackupRequestListener>.Instance);

    [Fact]
    public async Task TheRunningApp_WritesTheBackupItIsAskedFor()
    {
        new UserStore(Database).Create(new UserAccount { UserName = "ada", PasswordHash = "x" });
        using var listener = Listener();
        await listener.StartAsync(CancellationToken.None);

        var backup = BackupRequestClient.TryRequest(Paths, to: null);

        Assert.NotNull(backup);
        Assert.Equal(Path.Combine(BackupFolder, "kb-backup-20261123-100000-manual"), backup.Folder);
        using var copy = KnowledgeBaseDatabase.Open(Path.Combine(backup.Folder, BackupNames.DatabaseFile));
        Assert.Equal("ada", new UserStore(copy).List().Single().UserName);
        await listener.StopAsync(CancellationToken.None);
        Assert.False(File.Exists(BackupSocket.PathOf(Paths)));
    }

    [Fact]
    public async Task AFailedBackup_IsReportedToTheAsker()
    {
        var notAFolder = Path.Combine(BackupFolder, "file");
        Directory.CreateDirectory(BackupFolder);
        File.WriteAllText(notAFolder, "");
        using var listener = Listener();
        await listener.StartAsync(CancellationToken.None);

        var error = Assert.ThrowsAny<IOException>(() => BackupRequestClient.TryRequest(Paths, notAFolder));

        Assert.Contains("The running app could not write the backup", error.Message, StringComparison.Ordinal);
        await listener.StopAsync(CancellationToken.None);
    }

    [Fact]
    public void WithNoAppListening_TheAnswerIsNull_EvenWithASocketFileLeftBehind()
    {
        Assert.Null(BackupRequestClient.TryRequest(Paths, to: null));

        // What an app that was killed leaves behind: a path nobody accepts connections on.
        Directory.CreateDirectory(BackupSocket.FolderOf(Paths));
        File.WriteAllText(BackupSocket.PathOf(Paths), "");

        Assert.Null(BackupRequestClient.TryRequest(Paths, to: null));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task TheSocketFolder_IsTheAppUsersAlone()
    {
        using var listener = Listener();
        await listener.StartAsync(CancellationToken.None);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(BackupSocket.FolderOf(Paths)));
        await listener.StopAsync(CancellationToken.None);
    }
}
