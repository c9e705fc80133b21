namespace KnowledgeBase.Web.RateLimits;

/// <summary>
/// Names of the rate limiting policies, for <c>[EnableRateLimiting(RateLimitPolicies.SignIn)]</c> on
/// pages and <c>RequireRateLimiting(RateLimitPolicies.Export)</c> on endpoints.
/// </summary>
public static class RateLimitPolicies
{
    /// <summary>Posted sign-in (and password-change) forms, per client address. Showing the form is free.</summary>
    public const string SignIn = "sign-in";

    /// <summary>CSV downloads, per signed-in user.</summary>
    public const string Export = "export";

    /// <summary>REST API requests, per access token (per user for a signed-in browser).</summary>
    public const string Api = "api";
}
