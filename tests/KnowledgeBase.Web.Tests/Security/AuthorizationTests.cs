using System.Net;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Security;

public sealed class AuthorizationTests : IClassFixture<KnowledgeBaseFactory>
{
    private const string Password = "password-1";
    private readonly KnowledgeBaseFactory _app;

    public AuthorizationTests(KnowledgeBaseFactory app)
    {
        _app = app;
        if (_app.Accounts.Users.FindByName("root") is null)
        {
            _app.Accounts.AddUser(new NewUser("root", Password, UserRole.Admin));
        }
    }

    private async Task<HttpClient> SignedInAsync(UserRole role) => (await SignedInUserAsync(role)).Client;

    private async Task<(HttpClient Client, UserAccount User)> SignedInUserAsync(UserRole role)
    {
        var user = _app.Accounts.AddUser(new NewUser($"{role}-{Guid.NewGuid():N}"[..20], Password, role));
        var client = _app.CreateBrowser();
        var response = await FormPost.SignInAsync(client, user.UserName, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, user);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/settings")]
    [InlineData("/articles/en/returns/refunds")]
    [InlineData("/admin/users")]
    [InlineData("/reply")]
    [InlineData("/insights")]
    [InlineData("/insights/export/zero-result-searches.csv")]
    [InlineData("/edit/articles/en/returns/refunds")]
    [InlineData("/new")]
    [InlineData("/trash")]
    [InlineData("/reviews")]
    [InlineData("/onboarding")]
    [InlineData("/team")]
    [InlineData("/team/export/progress.csv")]
    [InlineData("/admin/audit")]
    [InlineData("/admin/audit/export.csv")]
    [InlineData("/account/password")]
    public async Task Anonymous_IsSentToSignIn_WithTheAddressToComeBackTo(string path)
    {
        var response = await _app.CreateBrowser().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/login?returnUrl={Uri.EscapeDataString(path)}", response.Target());
    }

    [Theory]
    [InlineData("/login")]
    [InlineData("/app.css")]
    [InlineData("/error")]
    public async Task Anonymous_MayOpenSignInAndStaticFiles(string path)
    {
        var response = await _app.CreateBrowser().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(UserRole.Agent, "/", HttpStatusCode.OK)]
    [InlineData(UserRole.Agent, "/settings", HttpStatusCode.OK)]
    [InlineData(UserRole.Agent, "/admin/users", HttpStatusCode.Forbidden)]
    [InlineData(UserRole.Lead, "/admin/users", HttpStatusCode.Forbidden)]
    [InlineData(UserRole.Admin, "/admin/users", HttpStatusCode.OK)]
    [InlineData(UserRole.Agent, "/reply", HttpStatusCode.OK)]
    [InlineData(UserRole.Agent, "/insights", HttpStatusCode.Forbidden)]
    [InlineData(UserRole.Agent, "/insights/export/zero-result-searches.csv", HttpStatusCode.Forbidden)]
    [InlineData(UserRole.Agent, "/edit/articles/en/returns/refunds", HttpStatusCode.Forbidden)]
    [InlineData(UserRole.Agent, "/new", HttpStatusCode.Forbidden)]
    [InlineData(UserRole.Agent, "/trash", HttpStatusCode.Forbidden)]
    [InlineData(UserRole.Agent, "/reviews", HttpStatusCode.Forbidden)]
    [InlineData(UserRole.Lead, "/insights", HttpStatusCode.OK)]
    [InlineData(UserRole.Lead, "/insights/export/zero-result-searches.csv", HttpStatusCode.OK)]
    [InlineData(UserRole.Lead, "/edit/articles/en/returns/refunds", HttpStatusCode.OK)]
    [InlineData(UserRole.Lead, "/new", HttpStatusCode.OK)]
    [InlineData(UserRole.Lead, "/trash", HttpStatusCode.OK)]
    [InlineData(UserRole.Lead, "/reviews", HttpStatusCode.OK)]
    [InlineData(UserRole.Admin, "/insights", HttpStatusCode.OK)]
    [InlineData(UserRole.Agent, "/onboarding", HttpStatusCode.OK)]
    [InlineData(UserRole.Agent, "/onboarding/check?key=x", HttpStatusCode.OK)]
    [InlineData(UserRole.Agent, "/team", HttpStatusCode.Forbidden)]
    [InlineData(UserRole.Agent, "/team/export/progress.csv", HttpStatusCode.Forbidden)]
    [InlineData(UserRole.Agent, "/team/export/checks.csv", HttpStatusCode.Forbidden)]
    [InlineData(UserRole.Lead, "/team", HttpStatusCode.OK)]
    [InlineData(UserRole.Lead, "/team/export/progress.csv", HttpStatusCode.OK)]
    [InlineData(UserRole.Admin, "/team/export/outdated.csv", HttpStatusCode.OK)]
    [InlineData(UserRole.Agent, "/admin/audit", HttpStatusCode.Forbidden)]
    [InlineData(UserRole.Lead, "/admin/audit", HttpStatusCode.Forbidden)]
    [InlineData(UserRole.Admin, "/admin/audit", HttpStatusCode.OK)]
    [InlineData(UserRole.Agent, "/admin/audit/export.csv", HttpStatusCode.Forbidden)]
    [InlineData(UserRole.Lead, "/admin/audit/export.csv?type=SignInFailed", HttpStatusCode.Forbidden)]
    [InlineData(UserRole.Admin, "/admin/audit/export.csv?type=SignInFailed", HttpStatusCode.OK)]
    [InlineData(UserRole.Agent, "/account/password", HttpStatusCode.OK)]
    public async Task Roles_ReachWhatTheyMay(UserRole role, string path, HttpStatusCode expected)
    {
        var client = await SignedInAsync(role);

        var response = await client.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData(UserRole.Agent, Policies.Lead, false)]
    [InlineData(UserRole.Lead, Policies.Lead, true)]
    [InlineData(UserRole.Admin, Policies.Lead, true)]
    [InlineData(UserRole.Lead, Policies.Admin, false)]
    [InlineData(UserRole.Admin, Policies.Admin, true)]
    public async Task Policies_IncludeTheRolesAbove(UserRole role, string policy, bool allowed)
    {
        var principal = AccountClaims.CreatePrincipal(new UserAccount { Id = 7, UserName = "someone", Role = role });

        var result = await _app.Services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(principal, policy);

        Assert.Equal(allowed, result.Succeeded);
    }

    [Fact]
    public async Task SignIn_ReturnsToTheAskedAddress_ButNeverToAnotherSite()
    {
        _app.Accounts.AddUser(new NewUser("returner", Password, UserRole.Agent));

        var local = await FormPost.SignInAsync(_app.CreateBrowser(), "returner", Password, "/login?returnUrl=%2Fsettings");
        var foreign = await FormPost.SignInAsync(_app.CreateBrowser(), "returner", Password, "/login?returnUrl=%2F%2Fevil.example");

        Assert.Equal("/settings", local.Target());
        Assert.Equal("/", foreign.Target());
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_SaysOnlyThatNameOrPasswordIsWrong()
    {
        _app.Accounts.AddUser(new NewUser("wrongpw", Password, UserRole.Agent));

        var wrongPassword = await FormPost.SignInAsync(_app.CreateBrowser(), "wrongpw", "not-the-password");
        var unknownUser = await FormPost.SignInAsync(_app.CreateBrowser(), "nobody-here", "not-the-password");

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Contains("The user name or password is not right", await wrongPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("The user name or password is not right", await unknownUser.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_ForNewBrowsers_UntilFifteenMinutesPass()
    {
        _app.Accounts.AddUser(new NewUser("locked", Password, UserRole.Agent));
        var client = _app.CreateBrowser();
        for (var i = 0; i < 5; i++)
        {
            await FormPost.SignInAsync(client, "locked", "wrong");
        }

        var right = await FormPost.SignInAsync(client, "locked", Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("sign-in is paused for a while", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        _app.Time.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SignInAsync(client, "locked", Password)).StatusCode);
    }

    [Fact]
    public async Task ADisabledUsersCookie_StopsWorkingAtOnce()
    {
        var (client, user) = await SignedInUserAsync(UserRole.Agent);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        _app.Accounts.SetDisabled(user.Id, disabled: true);

        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Target(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARoleChange_EndsTheSession_AndTheNewRoleAppliesAfterSigningInAgain()
    {
        var (client, user) = await SignedInUserAsync(UserRole.Agent);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/users")).StatusCode);

        _app.Accounts.ChangeRole(user.Id, UserRole.Admin);

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SignInAsync(client, user.UserName, Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task Setup_OnceAnAccountExists_SendsToSignIn()
    {
        var response = await _app.CreateBrowser().GetAsync("/setup");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login", response.Target());
    }

    [Fact]
    public async Task Logout_NeedsTheFormsAntiforgeryToken()
    {
        var client = await SignedInAsync(UserRole.Agent);

        var forged = await client.PostAsync("/logout", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        var token = await FormPost.TokenAsync(client, "/settings");
        var signedOut = await client.PostAsync("/logout", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }
}
