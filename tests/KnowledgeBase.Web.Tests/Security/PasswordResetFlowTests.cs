using System.Net;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Audit;

namespace KnowledgeBase.Web.Tests.Security;

/// <summary>
/// After an admin resets a password, its owner signs in with it and is sent to choose their own
/// before any other page opens; once they have, everything works as before.
/// </summary>
public sealed class PasswordResetFlowTests(KnowledgeBaseFactory app) : IClassFixture<KnowledgeBaseFactory>
{
    private const string Temporary = "temporary-1";

    private UserAccount ResetByAnAdmin(UserRole role = UserRole.Agent)
    {
        var root = app.Accounts.Users.FindByName("root") ?? app.Accounts.AddUser(new NewUser("root", "password-1", UserRole.Admin));
        var user = app.Accounts.AddUser(new NewUser($"r{Guid.NewGuid():N}"[..16], "password-1", role));
        app.Accounts.SetPassword(user.Id, Temporary, AuditActor.For(root));
        return user;
    }

    [Fact]
    public async Task SigningInWithAResetPassword_LeadsToChoosingANewOne_BeforeAnyOtherPage()
    {
        var user = ResetByAnAdmin();
        var browser = app.CreateBrowser();

        var signIn = await FormPost.SignInAsync(browser, user.UserName, Temporary);
        var search = await browser.GetAsync("/?q=refund");
        var settings = await browser.GetAsync("/settings");
        var page = await browser.GetAsync("/account/password");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, search.StatusCode);
        Assert.Equal("/account/password", search.Target());
        Assert.Equal("/account/password", settings.Target());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("An administrator set your password", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Cancel<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnceTheOwnerChoseTheirOwn_EveryPageOpensAgain()
    {
        var user = ResetByAnAdmin();
        var browser = app.CreateBrowser();
        await FormPost.SignInAsync(browser, user.UserName, Temporary);

        var changed = await FormPost.SubmitAsync(browser, "/account/password", "change-password",
            ("Input.CurrentPassword", Temporary), ("Input.NewPassword", "her-own-password"), ("Input.ConfirmPassword", "her-own-password"));

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("Your password is changed", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/settings")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/?q=refund")).StatusCode);
    }

    [Fact]
    public async Task StaticFiles_AndSigningOut_StillWork_BeforeTheChange()
    {
        var user = ResetByAnAdmin();
        var browser = app.CreateBrowser();
        await FormPost.SignInAsync(browser, user.UserName, Temporary);

        var token = await FormPost.TokenAsync(browser, "/account/password");
        var signedOut = await browser.PostAsync("/logout", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/app.css")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal("/login", signedOut.Target());
    }

    [Theory]
    [InlineData("/admin/audit/export.csv")]
    [InlineData("/insights/export/searches.csv")]
    [InlineData("/team/export/progress.csv")]
    [InlineData("/media/en/refunds-0123456789abcdef.png")]
    public async Task FilesOnlySignedInPeopleMayFetch_WaitForTheChange_LikePages(string path)
    {
        // An admin's reset password is the case that matters: whoever knows it must not read the audit log.
        var user = ResetByAnAdmin(UserRole.Admin);
        var browser = app.CreateBrowser();
        await FormPost.SignInAsync(browser, user.UserName, Temporary);

        var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/password", response.Target());
    }

    [Fact]
    public async Task ThePageToChooseAPassword_OffersSigningOut()
    {
        var user = ResetByAnAdmin();
        var browser = app.CreateBrowser();
        await FormPost.SignInAsync(browser, user.UserName, Temporary);

        var html = await (await browser.GetAsync("/account/password")).Content.ReadAsStringAsync();

        Assert.Contains("action=\"/logout\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"password-sign-out\"", html, StringComparison.Ordinal);
    }
}
