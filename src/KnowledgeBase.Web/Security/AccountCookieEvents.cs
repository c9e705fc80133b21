using KnowledgeBase.Storage.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace KnowledgeBase.Web.Security;

/// <summary>
/// Checks the account behind the cookie on every request (through <see cref="AccountCache"/>): a
/// disabled account, or a cookie issued before the account's security stamp last changed (sign-out,
/// new password, role change), stops working at once; a changed display name is picked up. Sends
/// anonymous visitors to setup while no account exists, and answers a refusal with 403.
/// </summary>
public sealed class AccountCookieEvents(AccountCache accounts, FirstRunState firstRun) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var principal = context.Principal;
        var stored = principal?.GetUserId() is { } userId ? accounts.Find(userId) : null;
        if (principal is null || stored is null || stored.IsDisabled || !AccountClaims.HasCurrentStamp(principal, stored))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        if (!AccountClaims.IsCurrent(principal, stored) || principal.FindFirst(AccountClaims.DisplayName)?.Value != stored.Name)
        {
            context.ReplacePrincipal(AccountClaims.CreatePrincipal(stored));
            context.ShouldRenew = true;
        }
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (firstRun.NeedsSetup)
        {
            context.Response.Redirect(AccountPaths.Setup);
            return Task.CompletedTask;
        }

        return base.RedirectToLogin(context);
    }

    public override async Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not allowed – KnowledgeBase</title></head>"
            + "<body><main><h1>Not allowed</h1><p>Your role does not give access to this page. <a href=\"/\">Back to search</a>.</p></main></body></html>");
    }
}
