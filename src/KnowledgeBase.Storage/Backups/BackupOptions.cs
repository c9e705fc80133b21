using KnowledgeBase.Content.Configuration;

namespace KnowledgeBase.Storage.Backups;

/// <summary>Scheduled backups of the database and the trash (<c>KnowledgeBase:Backup</c>).</summary>
public sealed class BackupOptions
{
    public const string SectionName = "KnowledgeBase:Backup";

    /// <summary>Time between scheduled backups; zero turns them off.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// Where backups go; a relative path is taken from the data folder. Empty: the data folder's
    /// <c>backups/</c>, which protects against a damaged file or a bad change, not against losing the
    /// disk; point it at another disk for that.
    /// </summary>
    public string? Folder { get; set; }

    /// <summary>How many scheduled backups are kept; older ones are deleted. Backups made with <c>kb backup</c> are never deleted.</summary>
    public int Keep { get; set; } = 7;

    /// <summary>The backup folder as a full path.</summary>
    public string ResolveFolder(KnowledgeBasePaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return string.IsNullOrWhiteSpace(Folder)
            ? Path.Combine(paths.DataRoot, "backups")
            : Path.GetFullPath(Folder, paths.DataRoot);
    }
}
