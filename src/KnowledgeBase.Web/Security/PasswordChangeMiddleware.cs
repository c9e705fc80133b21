using Microsoft.AspNetCore.Authentication.Cookies;

namespace KnowledgeBase.Web.Security;

/// <summary>
/// Someone signed in with a password an admin set (<see cref="Storage.Accounts.UserAccount.MustChangePassword"/>)
/// sees only the change-password page until they have chosen their own; signing out, the error page and
/// static files still work. Only cookie sessions: an API token is a credential of its own.
/// </summary>
public sealed class PasswordChangeMiddleware(RequestDelegate next, AccountCache accounts)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User.Identity is { IsAuthenticated: true, AuthenticationType: CookieAuthenticationDefaults.AuthenticationScheme }
            && context.User.GetUserId() is { } userId
            && accounts.Find(userId) is { MustChangePassword: true }
            && !IsAllowed(context.Request.Path))
        {
            context.Response.Redirect(AccountPaths.ChangePassword);
            return Task.CompletedTask;
        }

        return next(context);
    }

    private static bool IsAllowed(PathString path) =>
        path.StartsWithSegments(AccountPaths.ChangePassword, StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments(AccountPaths.Logout, StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/error", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/_framework", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/_content", StringComparison.OrdinalIgnoreCase)
        || Path.HasExtension(path.Value);
}
