using KnowledgeBase.Web.Api;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Headers;

/// <summary>
/// Adds the Content-Security-Policy, X-Content-Type-Options, X-Frame-Options and Referrer-Policy
/// headers to every response: pages, static files, downloads, redirects and error pages alike.
/// Added as the response starts, so middleware that clears headers on the way (the exception
/// handler) cannot drop them. The API reference page has a policy of its own (see
/// <see cref="SecurityHeadersOptions.ApiReferenceContentSecurityPolicy"/>).
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<SecurityHeadersOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var policy = ApiPaths.IsReference(context.Request.Path) ? options.Value.ApiReferenceContentSecurityPolicy : options.Value.ContentSecurityPolicy;
            headers.ContentSecurityPolicy = context.Request.IsHttps ? policy + "; upgrade-insecure-requests" : policy;
            headers.XContentTypeOptions = "nosniff";

            // For browsers without CSP frame-ancestors.
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = options.Value.ReferrerPolicy;
            return Task.CompletedTask;
        });
        return next(context);
    }
}
