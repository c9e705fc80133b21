namespace KnowledgeBase.Cluster.Changes;

/// <summary>A change as a save appends it to the log.</summary>
/// <param name="Content">The new text; null: the path was deleted.</param>
/// <param name="BaseHash">The version the change was made on (null: the path did not exist).</param>
/// <param name="Media">An attached file's bytes (a path under <c>media/</c>); null for a document.</param>
internal sealed record ChangeRow(string Path, string? Content, string? TrashPath, string? BaseHash, string? NewHash, string Node, byte[]? Media = null);
