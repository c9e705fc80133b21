using KnowledgeBase.Web.HelpDesk;
using KnowledgeBase.Web.Api;
using KnowledgeBase.Web.Media;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Headers;

/// <summary>
/// Adds the Content-Security-Policy, X-Content-Type-Options, X-Frame-Options and Referrer-Policy
/// headers to every response: pages, static files, downloads, redirects and error pages alike. Only
/// the Chatwoot embed may be framed, by the configured origins (<see cref="EmbedFraming"/>).
/// Added as the response starts, so middleware that clears headers on the way (the exception
/// handler) cannot drop them. The API reference page has a policy of its own (see
/// <see cref="SecurityHeadersOptions.ApiReferenceContentSecurityPolicy"/>), and so have attached files
/// (<see cref="SecurityHeadersOptions.MediaContentSecurityPolicy"/>).
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<SecurityHeadersOptions> options, IOptions<EmbedOptions> embed)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var policy = ApiPaths.IsReference(context.Request.Path) ? options.Value.ApiReferenceContentSecurityPolicy
                : MediaEndpoints.IsMediaPath(context.Request.Path) ? options.Value.MediaContentSecurityPolicy
                : options.Value.ContentSecurityPolicy;

            // The embed page may be framed by the configured help desks; every other page by no one.
            var ancestors = EmbedFraming.AncestorsFor(context.Request.Path, embed.Value);
            if (ancestors is not null)
            {
                policy = EmbedFraming.WithFrameAncestors(policy, ancestors);
            }

            headers.ContentSecurityPolicy = context.Request.IsHttps ? policy + "; upgrade-insecure-requests" : policy;
            headers.XContentTypeOptions = "nosniff";

            // For browsers without CSP frame-ancestors. It cannot name origins, so the embed page goes without.
            if (ancestors is null)
            {
                headers.XFrameOptions = "DENY";
            }

            headers["Referrer-Policy"] = options.Value.ReferrerPolicy;
            return Task.CompletedTask;
        });
        return next(context);
    }
}
