namespace KnowledgeBase.Storage.Backups;

/// <summary>Who asked for a backup: the schedule's are pruned to <see cref="BackupOptions.Keep"/>, a person's are not.</summary>
public enum BackupKind
{
    Scheduled,
    Manual,
}
