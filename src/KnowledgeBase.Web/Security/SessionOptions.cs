namespace KnowledgeBase.Web.Security;

/// <summary>How long sign-ins last and how quickly a revoked one stops working (<c>KnowledgeBase:Sessions</c>).</summary>
public sealed class SessionOptions
{
    public const string SectionName = "KnowledgeBase:Sessions";

    /// <summary>A sign-in cookie lasts this long after the last request (sliding).</summary>
    public TimeSpan CookieLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// How long a request may trust the copy of an account it read for an earlier request. Changes
    /// made in this app (sign-out, role, password, disabling) drop the copy at once; this only bounds
    /// how stale it can get otherwise, and saves a database read on every static file.
    /// </summary>
    public TimeSpan AccountCacheDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often an open tab re-checks its sign-in (a revoked one then goes to the sign-in page).</summary>
    public TimeSpan CircuitRevalidationInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a browser that signed in to an account stays trusted for it: a lockout caused by
    /// someone else's guesses does not apply to it.
    /// </summary>
    public TimeSpan TrustedDeviceLifetime { get; set; } = TimeSpan.FromDays(90);
}
