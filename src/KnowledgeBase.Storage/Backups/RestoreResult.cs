namespace KnowledgeBase.Storage.Backups;

/// <summary>
/// A restore that was done: the database file, how many trash files came back (null when the backup
/// had no trash, which is then left as it was), and the folder the replaced files were moved into.
/// </summary>
public sealed record RestoreResult(string DatabaseFile, int? TrashFiles, string SetAside);
