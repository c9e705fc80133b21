namespace KnowledgeBase.Web.RateLimits;

/// <summary>
/// How much one client or one user may ask for (<c>KnowledgeBase:RateLimits</c>). Fixed windows:
/// at most <c>…PermitLimit</c> per <c>…Window</c>; beyond that the answer is 429 with Retry-After
/// (search logging: the search is shown but not logged).
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "KnowledgeBase:RateLimits";

    /// <summary>
    /// Sign-in attempts (posted sign-in or password-change forms) per client address. High enough
    /// for a team signing in behind one office address in the same minute; guessing one account is
    /// bounded separately by the account lockout (<c>KnowledgeBase:Accounts</c>).
    /// </summary>
    public int SignInPermitLimit { get; set; } = 20;

    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>CSV downloads (insights, team, audit) per signed-in user: each one reads a whole table.</summary>
    public int ExportPermitLimit { get; set; } = 20;

    public TimeSpan ExportWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// REST API requests per access token (or per signed-in browser on the API reference page). A side
    /// panel searching as the agent types sends a few requests a second at most, and not for long.
    /// </summary>
    public int ApiPermitLimit { get; set; } = 300;

    public TimeSpan ApiWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Searches logged for insights per user; a person settles on far fewer queries a minute.</summary>
    public int SearchLogPermitLimit { get; set; } = 30;

    public TimeSpan SearchLogWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The same query (same language filter) by the same user within this time is one search: another tab, a reload, a shared link.</summary>
    public TimeSpan SearchLogRepeatWindow { get; set; } = TimeSpan.FromMinutes(1);
}
