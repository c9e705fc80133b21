using Microsoft.AspNetCore.Authentication.Cookies;

namespace KnowledgeBase.Web.Security;

/// <summary>
/// Someone signed in with a password an admin set (<see cref="Storage.Accounts.UserAccount.MustChangePassword"/>)
/// sees only the change-password page until they have chosen their own; signing out, the error page and
/// what anyone may fetch signed out (the app's own styles and scripts) still work. Only cookie
/// sessions: an API token is a credential of its own.
/// </summary>
public sealed class PasswordChangeMiddleware(RequestDelegate next, AccountCache accounts)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User.Identity is { IsAuthenticated: true, AuthenticationType: CookieAuthenticationDefaults.AuthenticationScheme }
            && context.User.GetUserId() is { } userId
            && accounts.Find(userId) is { MustChangePassword: true }
            && !IsAllowed(context))
        {
            context.Response.Redirect(AccountPaths.ChangePassword);
            return Task.CompletedTask;
        }

        return next(context);
    }

    private static bool IsAllowed(HttpContext context)
    {
        var path = context.Request.Path;
        return path.StartsWithSegments(AccountPaths.ChangePassword, StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments(AccountPaths.Logout, StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/error", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/_framework", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/_content", StringComparison.OrdinalIgnoreCase)
            || IsOpenToEveryone(context);
    }

    // Not "any path with a file extension": CSV exports and media have one too, and a password an
    // admin set is one someone else knows. Media answers anonymous requests itself (with a redirect
    // to sign in), so its endpoint allows them, yet it is for signed-in people only.
    private static bool IsOpenToEveryone(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is not null
        && !context.Request.Path.StartsWithSegments("/media", StringComparison.OrdinalIgnoreCase);
}
