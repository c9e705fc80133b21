using KnowledgeBase.Storage;
using KnowledgeBase.Storage.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using KnowledgeBase.Application.Accounts;
using KnowledgeBase.Application;

namespace KnowledgeBase.Web.Security;

/// <summary>Accounts, cookie sign-in, sessions and the authorization policies of the web app.</summary>
public static class SecurityExtensions
{
    public static IServiceCollection AddKnowledgeBaseSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(configuration.GetSection(AccountOptions.SectionName).Get<AccountOptions>() ?? new AccountOptions());
        services.Configure<SessionOptions>(configuration.GetSection(SessionOptions.SectionName));
        services.AddKnowledgeBaseApplication();
        services.AddSingleton<FirstRunState>();
        services.AddSingleton<AccountCache>();
        services.AddSingleton<TrustedDevices>();
        services.AddScoped<AccountCookieEvents>();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = AccountPaths.Login;
                options.LogoutPath = AccountPaths.Logout;
                options.ReturnUrlParameter = "returnUrl";
                options.Cookie.Name = "kb.auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;

                // Secure whenever the request is HTTPS, also behind a proxy that terminates TLS
                // (X-Forwarded-Proto from a known proxy, see AddKnowledgeBaseHeaders).
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.SlidingExpiration = true;
                options.EventsType = typeof(AccountCookieEvents);
            });
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<SessionOptions>>((cookie, sessions) => cookie.ExpireTimeSpan = sessions.Value.CookieLifetime);
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Lead, policy => policy.RequireRole(nameof(UserRole.Lead), nameof(UserRole.Admin)))
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(nameof(UserRole.Admin)))

            // Every page and endpoint needs a signed-in user unless it says [AllowAnonymous].
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, AccountAuthenticationStateProvider>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<AccessCheck>();
        return services;
    }

    /// <summary>First-run redirect, authentication, a required password change and authorization, in that order.</summary>
    public static WebApplication UseKnowledgeBaseSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<FirstRunMiddleware>();
        app.UseAuthentication();
        app.UseMiddleware<PasswordChangeMiddleware>();
        app.UseAuthorization();
        return app;
    }

    /// <summary>
    /// POST /logout (a form with an antiforgery token; the form binding makes the endpoint check it).
    /// Signing out renews the account's security stamp: every session ends, copies of the cookie too.
    /// </summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(AccountPaths.Logout, async (HttpContext context, AccountService accounts, [FromForm] string? returnUrl) =>
        {
            if (context.User.GetUserId() is { } userId)
            {
                accounts.SignOut(userId, context.ClientAddress());
            }

            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return TypedResults.LocalRedirect(AccountPaths.Login);
        }).AllowAnonymous();
        return endpoints;
    }
}
