using System.Net;
using KnowledgeBase.Storage.Accounts;
using Microsoft.Net.Http.Headers;

namespace KnowledgeBase.Web.Tests.Security;

/// <summary>
/// A sign-in cookie is only as good as the account's security stamp: signing out, a new password, a
/// role change or disabling ends every session, copies of the cookie included.
/// </summary>
public sealed class SessionRevocationTests(KnowledgeBaseFactory app) : IClassFixture<KnowledgeBaseFactory>
{
    private const string Password = "password-1";

    private async Task<(HttpClient Browser, HttpClient Copy, UserAccount User)> SignedInWithACopyAsync(UserRole role = UserRole.Agent)
    {
        EnsureAdmin();
        var user = app.Accounts.AddUser(new NewUser($"s{Guid.NewGuid():N}"[..16], Password, role));
        var browser = app.CreateBrowser();
        var signIn = await FormPost.SignInAsync(browser, user.UserName, Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        // What someone who copied the cookie (from a shared computer, a proxy log) would send.
        var cookie = SetCookieHeaderValue.ParseList([.. signIn.Headers.GetValues(HeaderNames.SetCookie)]).Single(c => c.Name == "kb.auth");
        var copy = app.CreateBrowser(handleCookies: false);
        copy.DefaultRequestHeaders.Add(HeaderNames.Cookie, $"{cookie.Name}={cookie.Value}");
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/settings")).StatusCode);
        return (browser, copy, user);
    }

    private void EnsureAdmin()
    {
        if (app.Accounts.Users.FindByName("root") is null)
        {
            app.Accounts.AddUser(new NewUser("root", Password, UserRole.Admin));
        }
    }

    private static async Task AssertSentToSignInAsync(HttpClient client)
    {
        var response = await client.GetAsync("/settings");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Target(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACopyOfTheCookie_StopsWorking_WhenItsOwnerSignsOut()
    {
        var (browser, copy, _) = await SignedInWithACopyAsync();

        var token = await FormPost.TokenAsync(browser, "/settings");
        var signedOut = await browser.PostAsync("/logout", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        await AssertSentToSignInAsync(copy);
    }

    [Fact]
    public async Task ANewPassword_EndsExistingSessions()
    {
        var (browser, copy, user) = await SignedInWithACopyAsync();

        app.Accounts.SetPassword(user.Id, "a-new-password");

        await AssertSentToSignInAsync(copy);
        await AssertSentToSignInAsync(browser);
    }

    [Fact]
    public async Task ChangingYourOwnPassword_KeepsThisBrowserSignedIn_AndEndsTheOtherSessions()
    {
        var (browser, copy, user) = await SignedInWithACopyAsync();

        var changed = await FormPost.SubmitAsync(browser, "/account/password", "change-password",
            ("Input.CurrentPassword", Password), ("Input.NewPassword", "a-brand-new-password"), ("Input.ConfirmPassword", "a-brand-new-password"));

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("Your password is changed", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/settings")).StatusCode);
        await AssertSentToSignInAsync(copy);
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SignInAsync(app.CreateBrowser(), user.UserName, "a-brand-new-password")).StatusCode);
    }

    [Fact]
    public async Task APasswordChange_WithAWrongCurrentPassword_ChangesNothing()
    {
        var (browser, copy, _) = await SignedInWithACopyAsync();

        var refused = await FormPost.SubmitAsync(browser, "/account/password", "change-password",
            ("Input.CurrentPassword", "not-the-password"), ("Input.NewPassword", "a-brand-new-password"), ("Input.ConfirmPassword", "a-brand-new-password"));

        Assert.Contains("The current password is not right.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/settings")).StatusCode);
    }

    [Fact]
    public async Task ARoleChange_EndsExistingSessions_AndSigningInAgainGivesTheNewRole()
    {
        var (browser, copy, user) = await SignedInWithACopyAsync(UserRole.Lead);

        app.Accounts.ChangeRole(user.Id, UserRole.Agent);

        await AssertSentToSignInAsync(copy);
        await AssertSentToSignInAsync(browser);
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SignInAsync(browser, user.UserName, Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/insights")).StatusCode);
    }
}
