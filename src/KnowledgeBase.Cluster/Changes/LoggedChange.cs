namespace KnowledgeBase.Cluster.Changes;

/// <summary>One row of the change log, as a node applies it.</summary>
/// <param name="Content">The new text; null when the change deleted the path.</param>
/// <param name="TrashPath">Where a deleted file went in the trash (relative to the trash folder), when it was trashed.</param>
/// <param name="IsLatest">No later change of the same path exists; earlier ones need not be applied.</param>
/// <param name="IsMedia">The change added an attached file; its bytes are read one file at a time (<see cref="ChangeLog.MediaAsync"/>).</param>
internal sealed record LoggedChange(long Id, string Path, string? Content, string? TrashPath, string? NewHash, bool IsLatest, bool IsMedia = false);
