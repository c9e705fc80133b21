using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Configuration;

namespace KnowledgeBase.Storage.Backups;

/// <summary>
/// Writes a backup of what the data folder holds that cannot be rebuilt: the database and the trash.
/// It runs inside the process that has the database open (the web app, or <c>kb backup</c> when the app
/// is not running), because only that process can copy it consistently: see
/// <see cref="KnowledgeBaseDatabase"/> (a checkpoint, then a copy of the data file, while the app goes
/// on). The trash is copied while trash changes wait, so files and their records match. Thread-safe;
/// backups run one at a time.
/// </summary>
public sealed class DataBackup(KnowledgeBaseDatabase database, KnowledgeBasePaths paths, TimeProvider time)
{
    private readonly Lock _gate = new();

    /// <summary>Writes a new backup folder into <paramref name="folder"/> and returns it.</summary>
    /// <exception cref="IOException">The backup could not be written (nothing partial is left behind).</exception>
    public BackupResult Write(string folder, BackupKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        folder = Path.GetFullPath(folder);
        lock (_gate)
        {
            Directory.CreateDirectory(folder);
            // Two backups in one second (kb backup twice) get -2, -3, … rather than failing.
            var name = BackupFiles.FreeName(folder, BackupNames.For(time.GetUtcNow(), kind));
            var partial = Path.Combine(folder, "." + name + BackupNames.PartialSuffix);
            try
            {
                Directory.CreateDirectory(partial);
                var result = database.WithTrashSettled(() =>
                {
                    var copy = Path.Combine(partial, BackupNames.DatabaseFile);
                    database.CopyTo(copy);
                    var trashFiles = BackupFiles.CopyFolder(Path.Combine(paths.DataRoot, ContentWriter.TrashFolder), Path.Combine(partial, BackupNames.TrashFolder));
                    return new BackupResult(Path.Combine(folder, name), new FileInfo(copy).Length, trashFiles);
                });
                Directory.Move(partial, result.Folder);
                return result;
            }
            catch
            {
                DeleteQuietly(partial);
                throw;
            }
        }
    }

    /// <summary>Deletes the oldest scheduled backups beyond <paramref name="keep"/>, and partial ones left by a crash; returns the deleted folders.</summary>
    public IReadOnlyList<string> Prune(string folder, int keep)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentOutOfRangeException.ThrowIfNegative(keep);
        lock (_gate)
        {
            if (!Directory.Exists(folder))
            {
                return [];
            }

            var scheduled = Directory.GetDirectories(folder)
                .Where(d => BackupNames.ScheduledAt(Path.GetFileName(d)) is not null)
                .OrderByDescending(d => Path.GetFileName(d), StringComparer.Ordinal);
            var partial = Directory.GetDirectories(folder, "." + BackupNames.Prefix + "*" + BackupNames.PartialSuffix);
            var deleted = new List<string>();
            foreach (var old in scheduled.Skip(keep).Concat(partial))
            {
                Directory.Delete(old, recursive: true);
                deleted.Add(old);
            }

            return deleted;
        }
    }

    /// <summary>When the newest scheduled backup in <paramref name="folder"/> was written, if there is one.</summary>
    public static DateTimeOffset? NewestScheduled(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetDirectories(folder).Select(d => BackupNames.ScheduledAt(Path.GetFileName(d))).Max()
            : null;

    private static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Prune removes partial folders later.
        }
    }
}
