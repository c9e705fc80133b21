using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Templates.Rendering;
using KnowledgeBase.Web.Security;

namespace KnowledgeBase.Web.Api;

/// <summary>Who is calling the API: the account (as stored now), and which client (token or browser) for rate limits and insights.</summary>
internal sealed record ApiCaller(UserAccount Account, string Client)
{
    /// <summary>The caller of an authorized API request; the endpoints only run for a signed-in account.</summary>
    public static ApiCaller Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var userId = context.User.GetUserId() ?? throw new InvalidOperationException("API endpoints need an authenticated user.");
        var account = context.RequestServices.GetRequiredService<AccountCache>().Find(userId)
            ?? throw new InvalidOperationException($"Account {userId} is gone.");
        return new ApiCaller(account, ClientKey(context) ?? $"user:{userId}");
    }

    /// <summary><c>token:ID</c> for a request with an access token, <c>user:ID</c> for a signed-in browser; null when anonymous.</summary>
    public static string? ClientKey(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.User.FindFirst(ApiAuthentication.TokenIdClaim)?.Value is { } token
            ? $"token:{token}"
            : context.User.GetUserId() is { } user ? $"user:{user}" : null;
    }

    /// <summary>The account's own language, which ranks first and reads short messages (as "My language" does in the app).</summary>
    public string? PreferredLanguage => Account.PreferredLanguages.FirstOrDefault(Languages.IsSupported);

    /// <summary>What templates print for <c>agent.*</c>: the request's values, else the account's own (My details), else the team's defaults.</summary>
    public AgentProfile Agent(Contract.AgentBody? requested, AgentOptions defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        return new AgentProfile(
            Pick(requested?.Name, Account.DisplayName, defaults.Name),
            Pick(requested?.Email, Account.Email, defaults.Email),
            Pick(requested?.Signature, Account.Signature, defaults.Signature));
    }

    private static string? Pick(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
