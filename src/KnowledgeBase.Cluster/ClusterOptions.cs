namespace KnowledgeBase.Cluster;

/// <summary>Tunables of a node in a cluster (<c>KnowledgeBase:Cluster</c>); the database itself is <c>KnowledgeBase:Database</c>.</summary>
public sealed class ClusterOptions
{
    public const string SectionName = "KnowledgeBase:Cluster";

    /// <summary>This node's name in the change log (who saved what); the machine name and process id when empty.</summary>
    public string? NodeName { get; set; }

    /// <summary>The first wait before reconnecting to PostgreSQL after the connection dropped; doubled after every failure.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between reconnection attempts.</summary>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Seconds of silence after which the listening connection is probed, so a dead connection is noticed.</summary>
    public int KeepAliveSeconds { get; set; } = 5;

    public string ResolveNodeName() =>
        string.IsNullOrWhiteSpace(NodeName) ? $"{Environment.MachineName}:{Environment.ProcessId}" : NodeName.Trim();
}
