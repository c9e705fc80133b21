using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace KnowledgeBase.TestIdentityProvider;

/// <summary>
/// A real OpenID Connect provider on 127.0.0.1 (OpenIddict: discovery, authorization code with PKCE,
/// signed ID tokens). Its sign-in page asks who you are and which groups you are in, so a browser
/// test plays a person at their company's identity provider.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestIdentityProvider(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The issuer, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    public static async Task<TestIdentityProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // One name for every context of this provider (the options run for each new context).
        var database = "idp-" + Guid.NewGuid().ToString("N");
        builder.Services.AddDbContext<DbContext>(options =>
        {
            options.UseInMemoryDatabase(database);
            options.UseOpenIddict();
        });
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<DbContext>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, "groups");
                server.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                server.UseAspNetCore().EnableAuthorizationEndpointPassthrough().DisableTransportSecurityRequirement();
            });
        var app = builder.Build();
        app.MapGet("/connect/authorize", (HttpContext context) => SignInPage(context));
        app.MapPost("/connect/authorize", (Delegate)SignInAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new TestIdentityProvider(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Registers the app as a confidential client that may come back to <paramref name="redirectUri"/>.</summary>
    public async Task RegisterClientAsync(string clientId, string clientSecret, Uri redirectUri)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        await applications.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = clientSecret,
            ClientType = ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            RedirectUris = { redirectUri },
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile,
                Permissions.Scopes.Email,
                Permissions.Prefixes.Scope + "groups",
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        });
    }

    // The provider's own sign-in page: the request's parameters ride along as hidden fields.
    private static IResult SignInPage(HttpContext context)
    {
        var html = new StringBuilder("<!doctype html><html lang=en><head><meta charset=utf-8><title>Test identity provider</title></head><body><main>");
        html.Append("<h1>Test identity provider</h1><form method=post>");
        foreach (var (name, value) in context.Request.Query)
        {
            html.Append("<input type=hidden name=\"").Append(WebUtility.HtmlEncode(name)).Append("\" value=\"").Append(WebUtility.HtmlEncode(value.ToString())).Append("\">");
        }

        html.Append("<label>User name <input id=idp-user name=idp_user required></label>")
            .Append("<label>Name <input id=idp-name name=idp_name></label>")
            .Append("<label>E-mail <input id=idp-email name=idp_email></label>")
            .Append("<label>Groups (comma-separated) <input id=idp-groups name=idp_groups></label>")
            .Append("<button id=idp-sign-in type=submit>Sign in</button></form></main></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }

    private static async Task<IResult> SignInAsync(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var form = await context.Request.ReadFormAsync();
        var user = form["idp_user"].ToString().Trim();
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, "subject-" + user));
        identity.AddClaim(new Claim(Claims.PreferredUsername, user));
        AddIfPresent(identity, Claims.Name, form["idp_name"]);
        AddIfPresent(identity, Claims.Email, form["idp_email"]);
        foreach (var group in form["idp_groups"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            identity.AddClaim(new Claim("groups", group));
        }

        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static void AddIfPresent(ClaimsIdentity identity, string type, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            identity.AddClaim(new Claim(type, value.Trim()));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
