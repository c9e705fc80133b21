namespace KnowledgeBase.Storage;

/// <summary>
/// The database file is not a readable LiteDB database. LiteDB's own rebuild is not run on it: on a
/// truncated file it "recovers" an empty database without an error, which would also send the app back
/// to first-run setup. The message names the two safe ways out.
/// </summary>
public sealed class DatabaseCorruptException(string file, string reason, Exception? inner = null)
    : DatabaseUnavailableException(file, Describe(file, reason), inner)
{
    private static string Describe(string file, string reason) =>
        $"The database file {file} is damaged and cannot be opened ({reason}). Two ways out, with the app stopped: "
        + "restore the last good backup with `kb restore BACKUP` (scheduled backups are in the data folder's backups/ unless KnowledgeBase:Backup:Folder names another; "
        + "kb restore keeps the damaged file aside), or move the file aside to start with an empty database "
        + $"(mv \"{file}\" \"{file}.damaged\": accounts, history and insights start over and the app asks for a first admin again).";
}
