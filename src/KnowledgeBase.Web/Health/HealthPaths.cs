namespace KnowledgeBase.Web.Health;

/// <summary>Where load balancers and process supervisors ask about a node.</summary>
public static class HealthPaths
{
    /// <summary>Live: the process answers HTTP. Restart the node when this fails.</summary>
    public const string Live = "/healthz";

    /// <summary>Ready: the index is current and storage answers. Send no traffic while this is 503.</summary>
    public const string Ready = "/healthz/ready";

    /// <summary>The tag of the checks <see cref="Ready"/> runs.</summary>
    public const string ReadyTag = "ready";

    public static bool IsHealth(PathString path) => path.StartsWithSegments(Live, StringComparison.OrdinalIgnoreCase);
}
