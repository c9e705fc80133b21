using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Security.SingleSignOn;

/// <summary>OpenID Connect sign-in beside (or instead of) local passwords, when configured.</summary>
public static class SingleSignOnExtensions
{
    /// <summary>The sign-in page's button goes here; the provider's answer comes back to <c>/signin-oidc</c>.</summary>
    public const string StartPath = "/login/sso";

    public static AuthenticationBuilder AddKnowledgeBaseSingleSignOn(this AuthenticationBuilder authentication, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SingleSignOnOptions.SectionName);
        authentication.Services.Configure<SingleSignOnOptions>(section);
        var settings = section.Get<SingleSignOnOptions>() ?? new SingleSignOnOptions();
        if (!settings.IsEnabled)
        {
            return authentication;
        }

        authentication.Services.AddScoped<SingleSignOnEvents>();
        return authentication.AddOpenIdConnect(SingleSignOnOptions.Scheme, settings.DisplayName, oidc =>
        {
            oidc.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            oidc.Authority = settings.Authority;
            oidc.ClientId = settings.ClientId;
            oidc.ClientSecret = settings.ClientSecret;
            oidc.ResponseType = "code";
            oidc.UsePkce = true;
            oidc.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            oidc.Scope.Clear();
            foreach (var scope in settings.Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                oidc.Scope.Add(scope);
            }

            // The provider's own claim names ("sub", "groups"), not WS-Federation URIs; only what
            // SingleSignOnEvents reads is used, and the tokens are not kept in the cookie.
            oidc.MapInboundClaims = false;
            oidc.GetClaimsFromUserInfoEndpoint = true;
            oidc.SaveTokens = false;
            oidc.ClaimActions.MapUniqueJsonKey("preferred_username", "preferred_username");
            oidc.ClaimActions.MapJsonKey(settings.RoleClaim, settings.RoleClaim);
            oidc.EventsType = typeof(SingleSignOnEvents);
        });
    }

    /// <summary>GET /login/sso?returnUrl=…: off to the provider, back to where the person was going.</summary>
    public static IEndpointRouteBuilder MapSingleSignOn(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (!endpoints.ServiceProvider.GetRequiredService<IOptions<SingleSignOnOptions>>().Value.IsEnabled)
        {
            return endpoints;
        }

        endpoints.MapGet(StartPath, (string? returnUrl) =>
            Results.Challenge(new AuthenticationProperties { RedirectUri = AccountPaths.SafeReturnUrl(returnUrl) }, [SingleSignOnOptions.Scheme]))
            .AllowAnonymous();
        return endpoints;
    }
}
