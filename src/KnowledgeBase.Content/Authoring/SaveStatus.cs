namespace KnowledgeBase.Content.Authoring;

/// <summary>What happened to a write.</summary>
public enum SaveStatus
{
    /// <summary>The file now holds the new text.</summary>
    Saved,

    /// <summary>The file changed (or vanished) since it was opened; nothing was written.</summary>
    Conflict,

    /// <summary>A new document, or a rename, would have replaced another document; nothing was written.</summary>
    AlreadyExists,
}
