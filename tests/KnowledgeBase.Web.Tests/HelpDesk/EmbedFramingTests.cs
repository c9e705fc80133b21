using System.Net;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Web.Tests.Security;
using Microsoft.Net.Http.Headers;

namespace KnowledgeBase.Web.Tests.HelpDesk;

/// <summary>
/// Only the Chatwoot embed may be framed, and only by the configured origins; with cross-site cookies
/// on, the sign-in cookie is SameSite=None; Secure and the live connection refuses other origins.
/// </summary>
public sealed class EmbedFramingTests : IClassFixture<EmbedFramingTests.EmbedApp>
{
    private const string Password = "password-1";
    private const string Chatwoot = "https://chat.example.com";
    private readonly KnowledgeBaseFactory _app;

    public EmbedFramingTests(EmbedApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        _app = app.Factory;
        if (_app.Accounts.Users.FindByName("root") is null)
        {
            _app.Accounts.AddUser(new NewUser("root", Password, UserRole.Admin));
        }
    }

    /// <summary>The app with Chatwoot configured (two origins, one written with a trailing slash) and cross-site cookies on.</summary>
    public sealed class EmbedApp : IDisposable
    {
        public KnowledgeBaseFactory Factory { get; } = new(_ => { }, new Dictionary<string, string?>
        {
            ["KnowledgeBase:Embed:ChatwootOrigins:0"] = Chatwoot,
            ["KnowledgeBase:Embed:ChatwootOrigins:1"] = "http://127.0.0.1:3000/",
            ["KnowledgeBase:Embed:CrossSiteCookies"] = "true",
        });

        public void Dispose() => Factory.Dispose();
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var user = _app.Accounts.AddUser(new NewUser($"e{Guid.NewGuid():N}"[..16], Password, UserRole.Agent));
        var client = _app.CreateBrowser(baseAddress: new Uri("https://kb.example"));
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SignInAsync(client, user.UserName, Password)).StatusCode);
        return client;
    }

    private static string FrameAncestors(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues("Content-Security-Policy")).Split(';', StringSplitOptions.TrimEntries)
            .Single(d => d.StartsWith("frame-ancestors", StringComparison.Ordinal));

    [Fact]
    public async Task TheEmbed_MayBeFramedByTheConfiguredOrigins_Only()
    {
        var client = await SignedInAsync();

        var response = await client.GetAsync("/embed/chatwoot");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"frame-ancestors {Chatwoot} http://127.0.0.1:3000", FrameAncestors(response));
        Assert.False(response.Headers.Contains("X-Frame-Options"), "X-Frame-Options: DENY would block the configured origins");
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/reply")]
    [InlineData("/")]
    [InlineData("/embed/chatwootx")]
    public async Task EveryOtherPage_StaysUnframeable(string path)
    {
        var client = await SignedInAsync();

        var response = await client.GetAsync(path);

        Assert.Equal("frame-ancestors 'none'", FrameAncestors(response));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task AnAnonymousVisitor_GetsTheSignInPrompt_NotARedirectToAnUnframeablePage()
    {
        var response = await _app.CreateBrowser().GetAsync("/embed/chatwoot");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("embed-signin", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("customer-message", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHelpDesksLink_LeadsThroughSignIn_BackToTheSameTicket()
    {
        const string link = "/reply?message=Where%20is%20my%20refund%3F&customer.first_name=Jana";

        var response = await _app.CreateBrowser().GetAsync(link);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/login?returnUrl={Uri.EscapeDataString(link)}", response.Target());
    }

    [Fact]
    public async Task WithCrossSiteCookies_TheSignInCookieIsSameSiteNone_AndSecure()
    {
        var user = _app.Accounts.AddUser(new NewUser($"c{Guid.NewGuid():N}"[..16], Password, UserRole.Agent));
        var client = _app.CreateBrowser(baseAddress: new Uri("https://kb.example"));

        var signIn = await FormPost.SignInAsync(client, user.UserName, Password);

        var auth = SetCookieHeaderValue.ParseList([.. signIn.Headers.GetValues(HeaderNames.SetCookie)]).Single(c => c.Name == "kb.auth");
        Assert.Equal(Microsoft.Net.Http.Headers.SameSiteMode.None, auth.SameSite);
        Assert.True(auth.Secure);
        Assert.True(auth.HttpOnly);
    }

    [Theory]
    [InlineData("https://evil.example", HttpStatusCode.Forbidden)]
    [InlineData(Chatwoot, HttpStatusCode.Forbidden)]
    [InlineData("https://kb.example", HttpStatusCode.OK)]
    public async Task WithCrossSiteCookies_TheLiveConnection_AcceptsThisOriginOnly(string origin, HttpStatusCode expected)
    {
        var client = await SignedInAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", origin);

        var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }
}
