namespace KnowledgeBase.Web.HelpDesk;

/// <summary>
/// Which help desks may show the app inside their own pages (<c>KnowledgeBase:Embed</c>). Only the
/// embed page can be framed, and only by these origins; every other page stays unframeable.
/// </summary>
public sealed class EmbedOptions
{
    public const string SectionName = "KnowledgeBase:Embed";

    /// <summary>The embed page for Chatwoot's dashboard apps.</summary>
    public const string ChatwootPath = "/embed/chatwoot";

    /// <summary>
    /// Origins of the Chatwoot dashboards that may frame <see cref="ChatwootPath"/> and whose messages
    /// it accepts, e.g. <c>https://chat.example.com</c> (scheme, host and port; no path). Empty: no one.
    /// </summary>
    public IList<string> ChatwootOrigins { get; } = [];

    /// <summary>
    /// Sends the sign-in cookie with <c>SameSite=None; Secure</c>, so a browser also sends it to the
    /// embed page when Chatwoot runs on another site (another registrable domain). Needs HTTPS. Off by
    /// default: on the same site (kb.example.com inside chat.example.com) the default <c>Lax</c> works.
    /// With it on, the app's live connection (<c>/_blazor</c>) refuses requests from other origins.
    /// </summary>
    public bool CrossSiteCookies { get; set; }
}
