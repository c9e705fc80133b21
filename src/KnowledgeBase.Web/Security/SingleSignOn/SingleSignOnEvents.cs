using System.Security.Claims;
using KnowledgeBase.Application.Accounts;
using KnowledgeBase.Storage.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Security.SingleSignOn;

/// <summary>
/// Turns the provider's word about someone into one of our accounts once the sign-in completed (ID
/// token and user info read): the account is created or found, its role is set from the groups the
/// provider lists now, and the cookie carries our own claims (id, role, security stamp), so sessions
/// end, roles apply and accounts are disabled exactly as for local accounts.
/// </summary>
public sealed class SingleSignOnEvents(AccountService accounts, IOptions<SingleSignOnOptions> options, ILogger<SingleSignOnEvents> logger) : OpenIdConnectEvents
{
    public override Task TicketReceived(TicketReceivedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var principal = context.Principal;
        var subject = principal?.FindFirst("sub")?.Value;
        if (principal is null || string.IsNullOrEmpty(subject))
        {
            return Refuse(context, "The identity provider did not say who you are.");
        }

        var settings = options.Value;
        var issuer = principal.FindFirst("iss")?.Value ?? settings.Authority!.TrimEnd('/');
        var identity = new ExternalIdentity(
            $"{issuer}|{subject}",
            principal.FindFirst("preferred_username")?.Value,
            principal.FindFirst("name")?.Value,
            principal.FindFirst("email")?.Value);
        var role = settings.RoleFor(principal.FindAll(settings.RoleClaim).Select(c => c.Value));
        try
        {
            var user = accounts.SignInExternal(identity, role, context.HttpContext.ClientAddress());
            context.Principal = AccountClaims.CreatePrincipal(user);
            return Task.CompletedTask;
        }
        catch (AccountException e)
        {
            return Refuse(context, e.Message);
        }
    }

    public override Task RemoteFailure(RemoteFailureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Cancelled at the provider, a stale or replayed callback, a provider that is down: the
        // details go to the log, the person gets the sign-in page with a plain sentence.
        logger.LogWarning(context.Failure, "Single sign-on failed");
        context.Response.Redirect($"{AccountPaths.Login}?sso=failed");
        context.HandleResponse();
        return Task.CompletedTask;
    }

    private static Task Refuse(TicketReceivedContext context, string reason)
    {
        context.Response.Redirect($"{AccountPaths.Login}?sso=refused&reason={Uri.EscapeDataString(reason)}");
        context.HandleResponse();
        return Task.CompletedTask;
    }
}
