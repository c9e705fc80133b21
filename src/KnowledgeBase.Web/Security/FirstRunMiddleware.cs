namespace KnowledgeBase.Web.Security;

/// <summary>
/// While no account exists, every page request goes to <c>/setup</c>; static files still load, and
/// the API answers 401 (no token can exist yet) rather than with a page, and health checks answer.
/// </summary>
public sealed class FirstRunMiddleware(RequestDelegate next, FirstRunState state)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path;
        // Paths first, the database last: a health check must answer (503) when the database does not.
        if (Health.HealthPaths.IsHealth(path)
            || path.StartsWithSegments(AccountPaths.Setup, StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/error", StringComparison.OrdinalIgnoreCase)
            || Api.ApiPaths.IsApi(path)
            || path.StartsWithSegments("/_framework", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/_content", StringComparison.OrdinalIgnoreCase)
            || Path.HasExtension(path.Value)
            || !state.NeedsSetup)
        {
            return next(context);
        }

        context.Response.Redirect(AccountPaths.Setup);
        return Task.CompletedTask;
    }
}
