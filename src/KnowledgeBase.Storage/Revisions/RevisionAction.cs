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
}
