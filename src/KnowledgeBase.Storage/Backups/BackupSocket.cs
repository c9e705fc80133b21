using KnowledgeBase.Content.Configuration;

namespace KnowledgeBase.Storage.Backups;

/// <summary>
/// Where the running app listens for <c>kb backup</c>: a Unix domain socket in a folder of the data folder
/// that only the app's user may enter. Whoever can connect can already read the database file itself.
/// </summary>
public static class BackupSocket
{
    /// <summary>The longest socket path every supported system accepts (Linux allows 107 bytes, macOS 103).</summary>
    public const int MaxPathLength = 100;

    public static string FolderOf(KnowledgeBasePaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return Path.Combine(paths.DataRoot, "control");
    }

    public static string PathOf(KnowledgeBasePaths paths) => Path.Combine(FolderOf(paths), "backup.sock");
}
