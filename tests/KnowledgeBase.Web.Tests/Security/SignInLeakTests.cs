using System.Net;
using System.Text.RegularExpressions;
using KnowledgeBase.Storage.Accounts;

namespace KnowledgeBase.Web.Tests.Security;

/// <summary>The sign-in page tells nobody whether a user name exists or is locked.</summary>
public sealed partial class SignInLeakTests(KnowledgeBaseFactory app) : IClassFixture<KnowledgeBaseFactory>
{
    private const string Password = "password-1";

    private static async Task<string> ErrorAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var match = ErrorPattern().Match(await response.Content.ReadAsStringAsync());
        Assert.True(match.Success, "no sign-in error on the page");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [Fact]
    public async Task AnUnknownName_AWrongPassword_AndALockedAccount_GetTheSameAnswer()
    {
        app.Accounts.AddUser(new NewUser("known", Password, UserRole.Agent));
        app.Accounts.AddUser(new NewUser("victim", Password, UserRole.Agent));
        var attacker = app.CreateBrowser();
        for (var i = 0; i < app.Accounts.Options.MaxFailedSignIns; i++)
        {
            await FormPost.SignInAsync(attacker, "victim", "guess-" + i);
        }

        var unknown = await ErrorAsync(await FormPost.SignInAsync(app.CreateBrowser(), "nobody-here", "not-the-password"));
        var wrong = await ErrorAsync(await FormPost.SignInAsync(app.CreateBrowser(), "known", "not-the-password"));
        var locked = await ErrorAsync(await FormPost.SignInAsync(app.CreateBrowser(), "victim", Password));

        Assert.Equal(unknown, wrong);
        Assert.Equal(unknown, locked);
        Assert.DoesNotContain("lock", unknown, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SomeoneGuessing_DoesNotLockTheOwnerOutOfABrowserTheySignedInWithBefore()
    {
        app.Accounts.AddUser(new NewUser("owner", Password, UserRole.Agent));
        var owners = app.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SignInAsync(owners, "owner", Password)).StatusCode);
        var token = await FormPost.TokenAsync(owners, "/settings");
        await owners.PostAsync("/logout", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        var attacker = app.CreateBrowser();
        for (var i = 0; i < app.Accounts.Options.MaxFailedSignIns + 2; i++)
        {
            await FormPost.SignInAsync(attacker, "owner", "guess-" + i);
        }

        Assert.NotNull(app.Accounts.Users.FindByName("owner")!.LockedUntil);
        Assert.Equal(HttpStatusCode.OK, (await FormPost.SignInAsync(app.CreateBrowser(), "owner", Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SignInAsync(owners, "owner", Password)).StatusCode);
    }

    [GeneratedRegex("id=\"login-error\"[^>]*>([^<]*)<")]
    private static partial Regex ErrorPattern();
}
