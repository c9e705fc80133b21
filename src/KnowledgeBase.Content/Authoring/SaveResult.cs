namespace KnowledgeBase.Content.Authoring;

/// <summary>The outcome of a write.</summary>
/// <param name="Hash">The hash of the text now on disk when saved.</param>
/// <param name="Current">On a conflict: what is on disk now (null when the file was deleted).</param>
public sealed record SaveResult(SaveStatus Status, string RelativePath, string? Hash = null, StoredText? Current = null)
{
    public bool IsSaved => Status == SaveStatus.Saved;

    /// <summary>After a saved change, when commits are on: the commit, or why there is none.</summary>
    public Git.GitCommitOutcome? Git { get; init; }
}
