namespace KnowledgeBase.Web.Headers;

/// <summary>The browser protections sent with every response (<c>KnowledgeBase:Headers</c>).</summary>
public sealed class SecurityHeadersOptions
{
    public const string SectionName = "KnowledgeBase:Headers";

    /// <summary>
    /// What pages may load and run. Blazor Server works with scripts from this site only (no inline
    /// script: kb.js and blazor.web.js are files) and its web socket to this site; styles come from
    /// app.css only (the reconnect notice is our own markup, not Blazor's injected style). Images may
    /// be data: URLs. Nothing may frame the app. Over HTTPS, <c>upgrade-insecure-requests</c> is added.
    /// </summary>
    public string ContentSecurityPolicy { get; set; } =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The API reference page (<c>/api-reference</c>) only: Scalar's page starts itself with an inline
    /// script and injects its styles at run time, so this path alone allows inline script and style.
    /// Everything still comes from this site (Scalar's script is served by the app, its fonts are off,
    /// no proxy), and nothing may frame it. The page shows no user content. <c>eval</c> stays blocked:
    /// Scalar's bundle only probes for it (Zod's JIT check) and works without it.
    /// </summary>
    public string ApiReferenceContentSecurityPolicy { get; set; } =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
        + "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Attached files (<c>/media/…</c>): an image or PDF is never a page, so it may load nothing and
    /// run nothing, and opened on its own it is a sandboxed document with a unique origin (a file that
    /// got past the type check could still not reach the app's cookies or pages).
    /// </summary>
    public string MediaContentSecurityPolicy { get; set; } = "default-src 'none'; sandbox";

    /// <summary>Links to other sites carry no address from here (search queries are in the URL).</summary>
    public string ReferrerPolicy { get; set; } = "same-origin";

    /// <summary>How long browsers remember to use HTTPS only (sent over HTTPS, not for localhost).</summary>
    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(365);
}
