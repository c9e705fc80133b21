namespace KnowledgeBase.Cluster.Changes;

/// <summary>Where a node stands with the shared change log.</summary>
public enum ListenerState
{
    /// <summary>Not yet caught up since start: the content folder may lack other nodes' changes.</summary>
    Starting,

    /// <summary>Listening, and every change up to the last notification is applied.</summary>
    Current,

    /// <summary>The connection dropped; reconnecting with backoff, then catching up from the last applied id.</summary>
    Reconnecting,
}
