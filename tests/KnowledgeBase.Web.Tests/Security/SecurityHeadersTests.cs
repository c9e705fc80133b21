using System.Net;
using KnowledgeBase.Storage.Accounts;
using Microsoft.Net.Http.Headers;

namespace KnowledgeBase.Web.Tests.Security;

/// <summary>Every kind of response carries the browser protections; HTTPS ones only over HTTPS.</summary>
public sealed class SecurityHeadersTests : IClassFixture<KnowledgeBaseFactory>
{
    private const string Password = "password-1";
    private readonly KnowledgeBaseFactory _app;

    public SecurityHeadersTests(KnowledgeBaseFactory app)
    {
        _app = app;

        // Past first-run setup, so anonymous requests meet the sign-in page, not /setup.
        if (app.Accounts.Users.FindByName("root") is null)
        {
            app.Accounts.AddUser(new NewUser("root", Password, UserRole.Admin));
        }
    }

    public static TheoryData<string> AnonymousPaths => ["/login", "/", "/error", "/app.css", "/js/kb.js", "/_framework/blazor.web.js"];

    public static TheoryData<string> AdminPaths =>
    [
        "/", "/?q=refunds", "/articles/en/returns/refunds", "/templates/en/eta", "/reply", "/settings", "/onboarding",
        "/insights", "/insights/export/top-searches.csv", "/team", "/team/export/progress.csv", "/admin/users",
        "/edit/articles/en/returns/refunds", "/trash", "/reviews", "/no-such-page", "/admin/audit", "/admin/audit/export.csv",
        "/account/password",
    ];

    private async Task<HttpClient> SignedInAsync(UserRole role, HttpClient? client = null)
    {
        var user = _app.Accounts.AddUser(new NewUser($"h{Guid.NewGuid():N}"[..16], Password, role));
        client ??= _app.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SignInAsync(client, user.UserName, Password)).StatusCode);
        return client;
    }

    private static void AssertProtected(HttpResponseMessage response)
    {
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d, StringComparer.Ordinal);
        Assert.Equal("script-src 'self'", directives["script-src"]);
        Assert.Equal("frame-ancestors 'none'", directives["frame-ancestors"]);
        Assert.Equal("object-src 'none'", directives["object-src"]);
        Assert.Equal("default-src 'self'", directives["default-src"]);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Theory]
    [MemberData(nameof(AnonymousPaths))]
    public async Task AnonymousResponses_CarryTheHeaders(string path)
    {
        var response = await _app.CreateBrowser().GetAsync(path);

        AssertProtected(response);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS over plain HTTP");
    }

    [Theory]
    [MemberData(nameof(AdminPaths))]
    public async Task SignedInResponses_CarryTheHeaders(string path)
    {
        var client = await SignedInAsync(UserRole.Admin);

        var response = await client.GetAsync(path);

        AssertProtected(response);
    }

    [Fact]
    public async Task ARefusedPage_CarriesTheHeaders()
    {
        var client = await SignedInAsync(UserRole.Agent);

        var response = await client.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        AssertProtected(response);
    }

    [Fact]
    public async Task OverHttps_CookiesAreSecure_AndHstsIsSent()
    {
        var client = _app.CreateBrowser(baseAddress: new Uri("https://kb.example"));

        var page = await client.GetAsync("/login");
        var user = _app.Accounts.AddUser(new NewUser($"h{Guid.NewGuid():N}"[..16], Password, UserRole.Agent));
        var signIn = await FormPost.SignInAsync(client, user.UserName, Password);

        Assert.Contains("max-age=", Assert.Single(page.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        AssertAllSecure(page);
        AssertAllSecure(signIn);
    }

    [Fact]
    public async Task BehindATrustedProxy_ForwardedHttps_MakesCookiesSecure_AndUntrustedClientsCannotClaimIt()
    {
        // HSTS is never sent for localhost, the test server's default host.
        var viaProxy = _app.CreateBrowser(clientAddress: "127.0.0.1", baseAddress: new Uri("http://kb.example"));
        viaProxy.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        viaProxy.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        var direct = _app.CreateBrowser(baseAddress: new Uri("http://kb.example"));
        direct.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var proxied = await viaProxy.GetAsync("/login");
        var spoofed = await direct.GetAsync("/login");

        AssertAllSecure(proxied);
        Assert.True(proxied.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain(spoofed.Headers.GetValues(HeaderNames.SetCookie), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.False(spoofed.Headers.Contains("Strict-Transport-Security"));
    }

    private static void AssertAllSecure(HttpResponseMessage response)
    {
        var cookies = SetCookieHeaderValue.ParseList([.. response.Headers.GetValues(HeaderNames.SetCookie)]);
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.True(c.Secure, $"{c.Name} is not Secure"));
    }
}
