namespace KnowledgeBase.Web.Health;

/// <summary>Tunables of the health endpoints (<c>KnowledgeBase:Health</c>).</summary>
public sealed class HealthOptions
{
    public const string SectionName = "KnowledgeBase:Health";

    /// <summary>How long a content change may wait for the search index before the node reports not ready.</summary>
    public TimeSpan MaxIndexLag { get; set; } = TimeSpan.FromSeconds(10);
}
