namespace KnowledgeBase.Search.Indexing;

/// <summary>Where an index stands, for progress displays and health checks.</summary>
public enum IndexState
{
    /// <summary>Not opened yet.</summary>
    Starting,

    /// <summary>Bringing the index up to date with the content folder; searches see what is there so far.</summary>
    Indexing,

    Ready,

    /// <summary>Another process (the running app) owns the index; this one can search but not write.</summary>
    ReadOnly,
}
