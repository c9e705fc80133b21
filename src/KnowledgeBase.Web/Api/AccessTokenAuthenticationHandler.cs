using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using KnowledgeBase.Application.Tokens;
using KnowledgeBase.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Api;

/// <summary>
/// Authenticates <c>Authorization: Bearer kb_…</c> with a personal access token: the principal is
/// the token's account as stored now (role, enabled), built like the sign-in cookie's. Answers a
/// challenge with 401 and a problem details body that says what was wrong with the token.
/// </summary>
public sealed class AccessTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccessTokenService tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";
    private string? _failure;

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            _failure = "The Authorization header must be 'Bearer' and an access token (kb_…).";
            return Task.FromResult(AuthenticateResult.Fail(_failure));
        }

        var check = tokens.Authenticate(header[BearerPrefix.Length..].Trim());
        if (!check.Succeeded)
        {
            _failure = check.Failure;
            return Task.FromResult(AuthenticateResult.Fail(check.Failure ?? "invalid token"));
        }

        var account = AccountClaims.CreatePrincipal(check.User!);
        var identity = new ClaimsIdentity(account.Claims, Scheme.Name);
        identity.AddClaim(new Claim(ApiAuthentication.TokenIdClaim, check.Token!.Id.ToString(CultureInfo.InvariantCulture)));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = _failure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        await WriteAsync(StatusCodes.Status401Unauthorized, "Not signed in",
            _failure ?? "Send an access token: 'Authorization: Bearer kb_…'. Make one on My details, or with 'kb tokens add USER --name NAME'.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        return WriteAsync(StatusCodes.Status403Forbidden, "Not allowed", "The account's role does not allow this.");
    }

    // Written as problem details whatever the Accept header says: API clients get one answer shape.
    private Task WriteAsync(int status, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title).ExecuteAsync(Context);
}
