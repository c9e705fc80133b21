using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Headers;

/// <summary>
/// HTTPS and browser protections: trusted proxies' forwarded headers (so the app knows the client's
/// address and that the request was HTTPS), HSTS and Secure cookies over HTTPS, and the security
/// headers on every response.
/// </summary>
public static class HeadersExtensions
{
    public static IServiceCollection AddKnowledgeBaseHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<SecurityHeadersOptions>(configuration.GetSection(SecurityHeadersOptions.SectionName));
        services.Configure<ProxyOptions>(configuration.GetSection(ProxyOptions.SectionName));
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxy) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

            // Loopback stays trusted (the framework's default); configured proxies are added to it.
            foreach (var address in proxy.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(address));
            }

            foreach (var network in proxy.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.AddOptions<Microsoft.AspNetCore.HttpsPolicy.HstsOptions>().Configure<IOptions<SecurityHeadersOptions>>((hsts, headers) => hsts.MaxAge = headers.Value.HstsMaxAge);

        // The antiforgery cookie is Secure over HTTPS too (the sign-in cookie is set in AddKnowledgeBaseSecurity).
        services.Configure<AntiforgeryOptions>(antiforgery => antiforgery.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest);
        return services;
    }

    /// <summary>First in the pipeline: forwarded headers, then HSTS and the security headers.</summary>
    public static WebApplication UseKnowledgeBaseHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();

        // Sent only over HTTPS and never for localhost, so a developer's http://localhost is unaffected.
        app.UseHsts();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        return app;
    }
}
