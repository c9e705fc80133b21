namespace KnowledgeBase.Storage.Backups;

/// <summary>What <c>kb backup</c> sends the running app, as one JSON line.</summary>
/// <param name="To">The folder to write the backup into; null for the configured one.</param>
public sealed record BackupRequest(string? To);
