namespace KnowledgeBase.Web.Api;

/// <summary>
/// How API requests are authenticated. <see cref="Scheme"/> forwards to the access-token handler
/// (<see cref="BearerScheme"/>) when the request has an <c>Authorization</c> header, else to the
/// sign-in cookie, so a signed-in user can try the API on the reference page. Challenges and
/// refusals always answer as the API does (401/403 problem details), never with a redirect to the
/// sign-in page. The cookie is safe to accept: it is SameSite=Lax (not sent with cross-site posts),
/// request bodies must be <c>application/json</c> (a cross-site page cannot send that without a
/// CORS preflight) and CORS allows only the configured origins.
/// </summary>
public static class ApiAuthentication
{
    /// <summary>The policy scheme the API's endpoints authenticate with.</summary>
    public const string Scheme = "Api";

    /// <summary>Personal access tokens: <c>Authorization: Bearer kb_…</c>.</summary>
    public const string BearerScheme = "Bearer";

    /// <summary>The authorization policy of every API endpoint: any signed-in account (Agent and up).</summary>
    public const string Policy = "Api";

    /// <summary>Claim carrying the id of the access token a request came with.</summary>
    public const string TokenIdClaim = "kb:token_id";
}
