namespace KnowledgeBase.Storage.Revisions;

/// <summary>What a revision records.</summary>
public enum RevisionAction
{
    Created,
    Saved,
    Reviewed,
    Deleted,
    RestoredFromTrash,
    RestoredRevision,
    Renamed,

    /// <summary>The file as it was on disk before a change in the app, when history did not have that text yet.</summary>
    Baseline,
}
