using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Components.Accounts;
using KnowledgeBase.Web.Components.Pages;
using KnowledgeBase.Web.Components.Pages.Accounts;
using KnowledgeBase.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Accounts;

public sealed class AccountComponentTests : WebTestContext
{
    private const string Refunds = "articles/en/returns/refunds";

    protected override void Write(TempContentFolder content)
    {
        content.Article(Refunds, "title: Refunds", "## Restocking fee\n\n15 %.\n");
        content.Article("articles/en/shipping/delivery-times", "title: Delivery times", "Two to four days.\n");
    }

    [Fact]
    public void OpeningAnArticle_RecordsItAsRecentlyViewed_ForTheSignedInUser()
    {
        var user = SignIn();
        Services.GetRequiredService<NavigationManager>().NavigateTo("/articles/en/returns/refunds");

        Render<ArticlePage>(parameters => parameters.Add(p => p.Path, "en/returns/refunds"));

        Assert.Equal([Refunds], Activity.GetRecentlyViewed(user.Id).Select(e => e.DocumentId));
    }

    [Fact]
    public void PinButton_PinsAndUnpins_AndTheHomeListsShowThePin()
    {
        var user = SignIn();
        var button = Render<PinButton>(parameters => parameters.Add(p => p.DocumentId, Refunds));

        button.Find("#pin-document").Click();

        Assert.True(Activity.IsPinned(user.Id, Refunds));
        Assert.Equal("true", button.Find("#pin-document").GetAttribute("aria-pressed"));
        var lists = Render<MyActivityLists>();
        Assert.Equal(["Refunds"], lists.FindAll("#favourites a").Select(a => a.TextContent));

        button.Find("#pin-document").Click();
        Assert.False(Activity.IsPinned(user.Id, Refunds));
    }

    [Fact]
    public void PinButton_IsNotShown_WithoutASignedInUser()
    {
        var button = Render<PinButton>(parameters => parameters.Add(p => p.DocumentId, Refunds));

        Assert.Empty(button.FindAll("#pin-document"));
    }

    [Fact]
    public async Task MyDetails_SavesIntoTheAccount_AndTemplatesPrintIt()
    {
        var user = SignIn();
        var page = Render<SettingsPage>();

        page.Find("#agent-name").Input("Olga Ivanova");
        page.Find("#agent-signature").Input("Olga\nBrightcart");
        await page.Find("form").SubmitAsync();

        var stored = Users.FindById(user.Id)!;
        Assert.Equal("Olga Ivanova", stored.DisplayName);
        Assert.Equal("Olga\nBrightcart", stored.Signature);
        var preferences = Services.GetRequiredService<AgentPreferences>();
        Assert.Equal("Olga Ivanova", preferences.Profile.Name);

        // The e-mail box was left empty: templates fall back to the team's setting.
        Assert.Equal("petra@brightcart.example", preferences.Profile.Email);
    }

    /// <summary>"My language" in the header changes the preferences while the agent is mid-edit here.</summary>
    [Fact]
    public async Task MyDetails_TypedButNotSaved_SurviveAPreferenceChange()
    {
        var user = SignIn();
        var page = Render<SettingsPage>();
        page.Find("#agent-signature").Input("Olga\nBrightcart");

        await page.InvokeAsync(() => Services.GetRequiredService<AgentPreferences>().SetPreferredLanguageAsync("cs"));

        page.WaitForAssertion(() => Assert.Equal("Olga\nBrightcart", page.Find("#agent-signature").TextContent));
        await page.Find("form").SubmitAsync();
        Assert.Equal("Olga\nBrightcart", Users.FindById(user.Id)!.Signature);
    }

    [Fact]
    public void UsersPage_AddsAUser_AndRefusesToDemoteTheLastAdmin()
    {
        var admin = SignIn("root", UserRole.Admin);
        var page = Render<UsersPage>();

        page.Find("#new-username").Change("anna");
        page.Find("#new-role").Change("Lead");
        page.Find("#new-password").Change("password-2");
        page.Find("form").Submit();

        Assert.Equal(UserRole.Lead, Users.FindByName("anna")?.Role);
        Assert.Contains("Added anna", page.Find("#users-message").TextContent, StringComparison.Ordinal);

        page.Find($"#role-{admin.Id}").Change("Agent");
        Assert.Contains("last active admin", page.Find("#users-error").TextContent, StringComparison.Ordinal);
        Assert.Equal(UserRole.Admin, Users.FindById(admin.Id)!.Role);
    }

    [Fact]
    public void UsersPage_SetsANewPassword_EndingThatUsersSessions_AndTheAuditLogSaysWho()
    {
        SignIn("root", UserRole.Admin);
        var anna = Accounts.AddUser(new NewUser("anna", "password-2", UserRole.Agent));
        var stamp = Users.FindById(anna.Id)!.SecurityStamp;
        var page = Render<UsersPage>();

        page.Find("#reset-user").Change(anna.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        page.Find("#reset-password").Change("a-new-password");
        page.Find("#reset-submit").Click();

        Assert.Contains("Set a new password for anna", page.Find("#users-message").TextContent, StringComparison.Ordinal);
        Assert.Equal(SignInStatus.Succeeded, Accounts.CheckPassword("anna", "a-new-password").Status);
        Assert.NotEqual(stamp, Users.FindById(anna.Id)!.SecurityStamp);
        var entry = Assert.Single(Audit.Find(new KnowledgeBase.Storage.Audit.AuditFilter("anna", KnowledgeBase.Storage.Audit.AuditEventType.PasswordChanged)));
        Assert.Equal(("root", "set by another user"), (entry.ActorName, entry.Detail));
    }

    [Fact]
    public void UsersPage_RefusesChanges_FromAUserWhoIsNoLongerAnAdmin()
    {
        var admin = SignIn("root", UserRole.Admin);
        Accounts.AddUser(new NewUser("other", "password-2", UserRole.Admin));
        var page = Render<UsersPage>();
        Accounts.ChangeRole(admin.Id, UserRole.Agent);

        page.Find("#new-username").Change("mallory");
        page.Find("#new-password").Change("password-3");
        page.Find("form").Submit();

        Assert.Null(Users.FindByName("mallory"));
        Assert.Contains("Only admins", page.Find("#users-error").TextContent, StringComparison.Ordinal);
    }
}
