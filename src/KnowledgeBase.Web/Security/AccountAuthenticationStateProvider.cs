using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Security;

/// <summary>
/// An open tab (circuit) keeps the identity it connected with; this re-checks the account every
/// <see cref="SessionOptions.CircuitRevalidationInterval"/>, so a sign-out elsewhere, a new password,
/// a changed role or a disabled account also reaches pages that are already open (they go to sign-in).
/// Actions do not wait for this: they check the stored account themselves (<see cref="AccessCheck"/>).
/// </summary>
public sealed class AccountAuthenticationStateProvider(ILoggerFactory loggerFactory, AccountCache accounts, IOptions<SessionOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => options.Value.CircuitRevalidationInterval;

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authenticationState);
        ClaimsPrincipal user = authenticationState.User;
        return Task.FromResult(user.GetUserId() is { } userId && AccountClaims.IsCurrent(user, accounts.Find(userId)));
    }
}
