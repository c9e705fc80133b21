using System.Globalization;

namespace KnowledgeBase.Storage.Backups;

/// <summary>
/// How backup folders are named: <c>kb-backup-20261123-101500</c> (scheduled) or
/// <c>kb-backup-20261123-101500-manual</c> (<c>kb backup</c>), UTC, so names sort by age. A backup is
/// written into <c>.kb-backup-…partial</c> and renamed when complete: a folder with the final name is whole.
/// </summary>
public static class BackupNames
{
    public const string Prefix = "kb-backup-";
    public const string ManualSuffix = "-manual";
    public const string PartialSuffix = ".partial";

    /// <summary>The database's file name inside a backup folder.</summary>
    public const string DatabaseFile = "knowledgebase.db";

    /// <summary>The trash's folder name inside a backup folder.</summary>
    public const string TrashFolder = "trash";

    private const string StampFormat = "yyyyMMdd-HHmmss";

    public static string For(DateTimeOffset at, BackupKind kind) =>
        Prefix + at.UtcDateTime.ToString(StampFormat, CultureInfo.InvariantCulture) + (kind == BackupKind.Manual ? ManualSuffix : "");

    /// <summary>When a scheduled backup folder was written, or null for any other name.</summary>
    public static DateTimeOffset? ScheduledAt(string folderName)
    {
        ArgumentNullException.ThrowIfNull(folderName);
        return folderName.StartsWith(Prefix, StringComparison.Ordinal)
            && DateTime.TryParseExact(folderName[Prefix.Length..], StampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            ? new DateTimeOffset(at, TimeSpan.Zero)
            : null;
    }
}
