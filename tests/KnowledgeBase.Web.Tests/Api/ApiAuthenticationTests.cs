using System.Net;
using System.Net.Http.Headers;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Audit;
using KnowledgeBase.Web.Tests.Security;

namespace KnowledgeBase.Web.Tests.Api;

/// <summary>Bearer access tokens on /api: 401 problem details for every way a token can be wrong, the user's current account otherwise.</summary>
public sealed class ApiAuthenticationTests(ApiApp app) : IClassFixture<ApiApp>
{
    private const string Search = "/api/v1/search?q=refund";

    [Fact]
    public async Task WithoutAToken_TheApiAnswers401ProblemDetails_NotARedirectToSignIn()
    {
        var response = await app.ClientWith(null).GetAsync(Search);

        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("Authorization: Bearer", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task AValidToken_SearchesAsItsUser()
    {
        var (_, _, client) = app.NewAgent();

        var response = await client.GetAsync(Search);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("kb_short", "not valid")]
    [InlineData("kb_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "unknown token")]
    public async Task AMalformedOrUnknownToken_Answers401_SayingWhy(string token, string reason)
    {
        var problem = await (await app.ClientWith(token).GetAsync(Search)).ProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Contains(reason, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherAuthorizationScheme_Answers401()
    {
        var client = app.ClientWith(null);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", "YWRhOnBhc3N3b3Jk");

        await (await client.GetAsync(Search)).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ARevokedToken_StopsWorkingAtOnce()
    {
        var (user, token, client) = app.NewAgent();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Search)).StatusCode);

        app.Tokens.Revoke(app.Tokens.List(user.Id).Single().Id, AuditActor.For(user));

        var problem = await (await client.GetAsync(Search)).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("The access token has been revoked.", problem.GetProperty("detail").GetString());
        Assert.NotNull(token);
    }

    [Fact]
    public async Task ADisabledAccountsToken_Answers401_AndWorksAgainOnceEnabled()
    {
        var (user, _, client) = app.NewAgent();

        app.Factory.Accounts.SetDisabled(user.Id, disabled: true);
        var disabled = await client.GetAsync(Search);
        app.Factory.Accounts.SetDisabled(user.Id, disabled: false);
        var enabled = await client.GetAsync(Search);

        var problem = await disabled.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("The account of this access token is disabled.", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
    }

    [Fact]
    public async Task ASignedInBrowser_MayUseTheApi_WithItsCookie()
    {
        app.Factory.Accounts.AddUser(new NewUser("browser-user", "password-1", UserRole.Agent));
        var browser = app.Factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SignInAsync(browser, "browser-user", "password-1")).StatusCode);

        var response = await browser.GetAsync(Search);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnUnknownApiPath_AnswersProblemDetails_NotTheAppsPage()
    {
        var (_, _, client) = app.NewAgent();

        await (await client.GetAsync("/api/v1/nothing-here")).ProblemAsync(HttpStatusCode.NotFound);
    }
}
