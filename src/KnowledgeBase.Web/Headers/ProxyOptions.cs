namespace KnowledgeBase.Web.Headers;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> the app believes
/// (<c>KnowledgeBase:Proxy</c>). A proxy on the same machine (loopback) is always trusted; list any
/// other by address or network. Headers from anyone else are ignored, so a client cannot pretend to
/// come from another address (rate limits, audit log) or over HTTPS.
/// </summary>
public sealed class ProxyOptions
{
    public const string SectionName = "KnowledgeBase:Proxy";

    /// <summary>Proxy addresses, e.g. <c>10.0.0.5</c>.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Proxy networks in CIDR form, e.g. <c>10.0.0.0/24</c>.</summary>
    public IList<string> KnownNetworks { get; } = [];
}
