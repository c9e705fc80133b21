namespace KnowledgeBase.Content.Authoring;

/// <summary>Why a write into the content folder failed, in terms a person can act on.</summary>
public enum WriteProblem
{
    /// <summary>No space left on the device (or the quota is used up).</summary>
    DiskFull,

    /// <summary>The app may not write there (permissions, read-only filesystem).</summary>
    AccessDenied,

    /// <summary>Any other input/output error.</summary>
    IoError,

    /// <summary>Several nodes: the database every change goes through did not answer, so no node has the change.</summary>
    SharedStoreUnavailable,
}
