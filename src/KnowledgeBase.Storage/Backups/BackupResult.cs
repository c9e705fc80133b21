namespace KnowledgeBase.Storage.Backups;

/// <summary>A backup that was written: its folder, the database's size and how many trash files it holds.</summary>
public sealed record BackupResult(string Folder, long DatabaseBytes, int TrashFiles);
