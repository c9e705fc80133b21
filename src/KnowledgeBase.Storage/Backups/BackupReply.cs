namespace KnowledgeBase.Storage.Backups;

/// <summary>What the running app answers, as one JSON line: the backup, or why there is none.</summary>
public sealed record BackupReply(BackupResult? Backup, string? Error);
