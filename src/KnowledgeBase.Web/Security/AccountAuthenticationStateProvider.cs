using System.Security.Claims;
using KnowledgeBase.Storage.Accounts;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace KnowledgeBase.Web.Security;

/// <summary>
/// An open tab (circuit) keeps the identity it connected with; this re-reads the account every
/// half minute, so a disabled user or changed role also reaches pages that are already open.
/// </summary>
public sealed class AccountAuthenticationStateProvider(ILoggerFactory loggerFactory, UserStore users)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(30);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authenticationState);
        ClaimsPrincipal user = authenticationState.User;
        var id = user.GetUserId();
        return Task.FromResult(id is { } userId && AccountClaims.IsCurrent(user, users.FindById(userId)));
    }
}
