using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.HelpDesk;

/// <summary>Ticket context from help desks: links into the Reply page and the Chatwoot dashboard app.</summary>
public static class HelpDeskExtensions
{
    public static IServiceCollection AddKnowledgeBaseHelpDesk(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<TicketContextOptions>(configuration.GetSection(TicketContextOptions.SectionName));
        services.AddOptions<EmbedOptions>()
            .Bind(configuration.GetSection(EmbedOptions.SectionName))
            .Validate(embed => embed.ChatwootOrigins.All(EmbedFraming.IsOrigin),
                $"{EmbedOptions.SectionName}:ChatwootOrigins takes origins only, such as https://chat.example.com (scheme, host, optional port; no path, no wildcard)")
            .ValidateOnStart();
        services.AddSingleton<TicketContextReader>();

        // After the security setup (AddKnowledgeBaseSecurity sets Lax): only the embed's deployments that need it get None.
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .PostConfigure<IOptions<EmbedOptions>>((cookie, embed) =>
            {
                if (embed.Value.CrossSiteCookies)
                {
                    cookie.Cookie.SameSite = SameSiteMode.None;
                    cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                }
            });
        return services;
    }

    /// <summary>Before anything answers: the live connection refuses other origins when cookies are cross-site.</summary>
    public static WebApplication UseKnowledgeBaseHelpDesk(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<HubOriginCheckMiddleware>();
        return app;
    }
}
