namespace KnowledgeBase.Cluster.Changes;

/// <summary>The latest version of a path as the cluster knows it.</summary>
/// <param name="Hash">The text's hash; null when the path was deleted.</param>
/// <param name="ChangeId">The change that made it; null when no node changed the path yet (the deployed file is the latest).</param>
/// <param name="Text">That change's text; null when deleted or not changed through the cluster.</param>
internal sealed record PathHead(string? Hash, long? ChangeId, string? Text);
