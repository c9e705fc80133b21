namespace KnowledgeBase.Content.Authoring;

/// <summary>How a line of a diff relates the old text to the new one.</summary>
public enum DiffLineKind
{
    Unchanged,
    Removed,
    Added,
}
