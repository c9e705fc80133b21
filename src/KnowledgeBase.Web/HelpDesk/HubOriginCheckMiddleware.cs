using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.HelpDesk;

/// <summary>
/// With cross-site cookies on (<see cref="EmbedOptions.CrossSiteCookies"/>), a page on any site could
/// open the app's live connection with the agent's cookie. Browsers send the Origin header with those
/// requests (the web socket's handshake included), so requests to <c>/_blazor</c> from another origin
/// are refused; the app's own pages, the embed inside Chatwoot too, come from this origin.
/// </summary>
public sealed class HubOriginCheckMiddleware(RequestDelegate next, IOptions<EmbedOptions> options, ILogger<HubOriginCheckMiddleware> logger)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var origin = context.Request.Headers.Origin.ToString();
        if (options.Value.CrossSiteCookies
            && origin.Length > 0
            && context.Request.Path.StartsWithSegments("/_blazor", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(origin, $"{context.Request.Scheme}://{context.Request.Host}", StringComparison.OrdinalIgnoreCase))
        {
            logger.LogWarning("Refused a live connection from another origin: {Origin}", origin);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
