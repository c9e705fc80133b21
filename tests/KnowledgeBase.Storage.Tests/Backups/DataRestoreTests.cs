using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Backups;

namespace KnowledgeBase.Storage.Tests.Backups;

public sealed class DataRestoreTests : BackupFixture
{
    private void AddUser(string name) => new UserStore(Database).Create(new UserAccount { UserName = name, PasswordHash = "x" });

    private void AddTrashFile(string name, string text)
    {
        Directory.CreateDirectory(Trash);
        File.WriteAllText(Path.Combine(Trash, name), text);
    }

    [Fact]
    public void ARestore_PutsTheBackupBack_AndKeepsWhatItReplacedAside()
    {
        AddUser("ada");
        AddTrashFile("kept.md", "in the backup");
        var backup = Backup.Write(BackupFolder, BackupKind.Manual);
        AddUser("bea");
        AddTrashFile("later.md", "after the backup");
        CloseDatabase();

        var restored = DataRestore.Restore(Paths, backup.Folder, Time);

        Assert.Equal(1, restored.TrashFiles);
        Assert.Equal(["kept.md"], Directory.GetFiles(Trash).Select(Path.GetFileName));
        Assert.Equal(Path.Combine(Paths.DataRoot, "before-restore-20261123-100000"), restored.SetAside);
        Assert.True(File.Exists(Path.Combine(restored.SetAside, "knowledgebase.db")));
        Assert.True(File.Exists(Path.Combine(restored.SetAside, "trash", "later.md")));
        Assert.Equal(["ada"], new UserStore(ReopenDatabase()).List().Select(u => u.UserName));
        using var before = KnowledgeBaseDatabase.Open(Path.Combine(restored.SetAside, "knowledgebase.db"));
        Assert.Equal(["ada", "bea"], new UserStore(before).List().Select(u => u.UserName));
    }

    [Fact]
    public void ARestore_ReplacesADamagedDatabase_TheCaseItIsForMost()
    {
        AddUser("ada");
        var backup = Backup.Write(BackupFolder, BackupKind.Scheduled);
        CloseDatabase();
        File.WriteAllText(Paths.DatabaseFile, "damaged");
        Assert.Throws<DatabaseCorruptException>(() => KnowledgeBaseDatabase.Open(Paths.DatabaseFile));

        var restored = DataRestore.Restore(Paths, backup.Folder, Time);

        Assert.Equal(["ada"], new UserStore(ReopenDatabase()).List().Select(u => u.UserName));
        Assert.Equal("damaged", File.ReadAllText(Path.Combine(restored.SetAside, "knowledgebase.db")));
    }

    [Fact]
    public void ARestore_RefusesWhileTheDatabaseIsOpen_AndChangesNothing()
    {
        AddUser("ada");
        var backup = Backup.Write(BackupFolder, BackupKind.Manual);
        AddUser("bea");

        Assert.Throws<DatabaseInUseException>(() => DataRestore.Restore(Paths, backup.Folder, Time));

        Assert.Equal(["ada", "bea"], new UserStore(Database).List().Select(u => u.UserName));
        Assert.False(Directory.Exists(Path.Combine(Paths.DataRoot, "before-restore-20261123-100000")));
    }

    [Fact]
    public void ARestoreOfSomethingThatIsNotADatabase_IsRefused_AndChangesNothing()
    {
        AddUser("ada");
        CloseDatabase();
        var notABackup = Path.Combine(BackupFolder, "notes.db");
        Directory.CreateDirectory(BackupFolder);
        File.WriteAllText(notABackup, "shopping list\n");

        Assert.Throws<DatabaseCorruptException>(() => DataRestore.Restore(Paths, notABackup, Time));

        Assert.Equal(["ada"], new UserStore(ReopenDatabase()).List().Select(u => u.UserName));
        Assert.Empty(Directory.GetDirectories(Paths.DataRoot, "before-restore-*"));
        Assert.Empty(Directory.GetFiles(Paths.DataRoot, "*.restoring*"));
    }

    [Fact]
    public void ARestoreOfADatabaseFileAlone_LeavesTheTrashAsItIs()
    {
        AddUser("ada");
        var backup = Backup.Write(BackupFolder, BackupKind.Manual);
        AddTrashFile("later.md", "after the backup");
        CloseDatabase();

        var restored = DataRestore.Restore(Paths, Path.Combine(backup.Folder, BackupNames.DatabaseFile), Time);

        Assert.Null(restored.TrashFiles);
        Assert.Equal(["later.md"], Directory.GetFiles(Trash).Select(Path.GetFileName));
    }

    [Fact]
    public void ARestoreFromNowhere_SaysWhatWasExpected() =>
        Assert.Contains("expected a backup folder", Assert.Throws<FileNotFoundException>(() => DataRestore.Restore(Paths, Path.Combine(BackupFolder, "missing"), Time)).Message, StringComparison.Ordinal);
}
