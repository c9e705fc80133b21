using System.Globalization;
using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Storage.Engine;

namespace KnowledgeBase.Storage.Backups;

/// <summary>
/// Puts a backup back: a backup folder (database and trash) or a single database file. Only while
/// nothing has the database open: the lock the app holds while it runs is taken first and kept until
/// the files are in place. Nothing is deleted: the replaced database, its log and the trash are moved
/// into <c>data/before-restore-STAMP/</c>. The backup is checked to open as a database first.
/// </summary>
public static class DataRestore
{
    /// <exception cref="DatabaseInUseException">The app (or another <c>kb</c>) has the database open.</exception>
    /// <exception cref="DatabaseCorruptException">The backup is not a readable database.</exception>
    /// <exception cref="FileNotFoundException">There is no backup at <paramref name="source"/>.</exception>
    public static RestoreResult Restore(KnowledgeBasePaths paths, string source, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(time);
        source = Path.GetFullPath(source);
        var (backupDatabase, backupTrash) = Directory.Exists(source)
            ? (Path.Combine(source, BackupNames.DatabaseFile), Path.Combine(source, BackupNames.TrashFolder))
            : (source, null);
        if (!File.Exists(backupDatabase))
        {
            throw new FileNotFoundException($"There is no backup at {source}: expected a backup folder holding {BackupNames.DatabaseFile}, or a database file.", backupDatabase);
        }

        var database = paths.DatabaseFile;
        using var held = DatabaseLock.Acquire(database);
        var incoming = database + ".restoring";
        File.Copy(backupDatabase, incoming, overwrite: true);
        try
        {
            // Opened, checked (see DatabaseSession) and closed again before anything is replaced.
            KnowledgeBaseDatabase.Open(incoming).Dispose();
        }
        catch
        {
            File.Delete(incoming);
            File.Delete(KnowledgeBaseDatabase.LogFileOf(incoming));
            throw;
        }

        var aside = Path.Combine(paths.DataRoot, BackupFiles.FreeName(paths.DataRoot,
            "before-restore-" + time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)));
        Directory.CreateDirectory(aside);

        // The log belongs to the file it was written for: replaying the old log onto the restored file would damage it.
        MoveIfExists(database, Path.Combine(aside, Path.GetFileName(database)));
        MoveIfExists(KnowledgeBaseDatabase.LogFileOf(database), Path.Combine(aside, Path.GetFileName(KnowledgeBaseDatabase.LogFileOf(database))));
        File.Move(incoming, database);

        int? trashFiles = null;
        if (backupTrash is not null && Directory.Exists(backupTrash))
        {
            var trash = Path.Combine(paths.DataRoot, ContentWriter.TrashFolder);
            if (Directory.Exists(trash))
            {
                Directory.Move(trash, Path.Combine(aside, ContentWriter.TrashFolder));
            }

            trashFiles = BackupFiles.CopyFolder(backupTrash, trash);
        }

        return new RestoreResult(database, trashFiles, aside);
    }

    private static void MoveIfExists(string file, string target)
    {
        if (File.Exists(file))
        {
            File.Move(file, target);
        }
    }
}
