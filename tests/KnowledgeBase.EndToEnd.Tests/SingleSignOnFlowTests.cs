using System.Text.RegularExpressions;
using KnowledgeBase.TestIdentityProvider;
using KnowledgeBase.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.EndToEnd.Tests;

/// <summary>
/// Single sign-on against a real OpenID Connect provider (OpenIddict, started here) in Chromium: the
/// app configured as a team would configure it, people signing in at "their company's" provider,
/// roles from their groups at each sign-in, and an admin who can still shut someone out.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SingleSignOnFlowTests(BrowserFixture fixture) : IAsyncLifetime
{
    private const string ClientId = "knowledgebase";
    private const string ClientSecret = "test-client-secret";
    private readonly TempContentFolder _content = new TempContentFolder().CopyFrom(RepositoryPaths.Content);
    private TestIdentityProvider.TestIdentityProvider _provider = null!;
    private AppProcess _app = null!;

    static SingleSignOnFlowTests()
    {
        SetDefaultExpectTimeout(15_000);
    }

    public async Task InitializeAsync()
    {
        _provider = await TestIdentityProvider.TestIdentityProvider.StartAsync();
        var settings = new Dictionary<string, string>(BrowserFixture.Settings)
        {
            ["KnowledgeBase__Authentication__Oidc__Authority"] = _provider.Address.ToString(),
            ["KnowledgeBase__Authentication__Oidc__ClientId"] = ClientId,
            ["KnowledgeBase__Authentication__Oidc__ClientSecret"] = ClientSecret,
            ["KnowledgeBase__Authentication__Oidc__Scope"] = "openid profile email groups",
            ["KnowledgeBase__Authentication__Oidc__DisplayName"] = "Brightcart account",
            ["KnowledgeBase__Authentication__Oidc__RequireHttpsMetadata"] = "false",
            ["KnowledgeBase__Authentication__Oidc__Roles__kb-leads"] = "Lead",
            ["KnowledgeBase__Authentication__Oidc__Roles__kb-admins"] = "Admin",
        };
        _app = await AppProcess.StartAsync(_content.Root, TimeSpan.FromSeconds(90), settings);
        await _provider.RegisterClientAsync(ClientId, ClientSecret, new Uri(_app.Address, "signin-oidc"));
    }

    // A new browser (no cookies) signs in at the provider as someone in the given groups.
    private async Task<IPage> SignInWithTheProviderAsync(string user, string groups)
    {
        var page = await fixture.NewPageAsync(_app.Address);
        await page.GotoAsync("/login");
        await page.Locator("#sign-in-sso").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/connect/authorize"));
        await page.Locator("#idp-user").FillAsync(user);
        await page.Locator("#idp-name").FillAsync("Jana Nováková");
        await page.Locator("#idp-email").FillAsync("jana@brightcart.example");
        await page.Locator("#idp-groups").FillAsync(groups);
        await page.Locator("#idp-sign-in").ClickAsync();
        return page;
    }

    private async Task<int> StatusOfAsync(IPage page, string path)
    {
        var response = await page.Context.APIRequest.GetAsync(new Uri(_app.Address, path).ToString(), new() { MaxRedirects = 0 });
        return response.Status;
    }

    [BrowserFact]
    public async Task ATeamMember_SignsInAtTheirProvider_WithTheRoleTheirGroupsGive_ReEvaluatedAtEachSignIn()
    {
        // The first admin, as a new team sets the app up, beside single sign-on.
        var admin = await fixture.NewPageAsync(_app.Address);
        await admin.GotoAsync("/");
        await BrowserFixture.CreateFirstAdminAsync(admin, "ada", BrowserFixture.Password);

        var lead = await SignInWithTheProviderAsync("jana", "kb-leads, support");
        await Expect(lead.Locator("#signed-in-as")).ToHaveTextAsync("Jana Nováková");
        await Expect(lead).ToHaveURLAsync(new Regex("/$"));
        await lead.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "sso-signed-in.png") });
        Assert.Equal(200, await StatusOfAsync(lead, "/trash"));

        // Moved out of the leads' group at the provider: the next sign-in makes her an agent.
        var agent = await SignInWithTheProviderAsync("jana", "support");
        await Expect(agent.Locator("#signed-in-as")).ToHaveTextAsync("Jana Nováková");
        Assert.Equal(403, await StatusOfAsync(agent, "/trash"));

        // One account for both sign-ins; the role change ended the lead session.
        await admin.GotoAsync("/admin/users");
        await Expect(admin.Locator("tr[data-user]")).ToHaveCountAsync(2);
        await Expect(admin.Locator("tr[data-user=jana] .role-select")).ToHaveValueAsync("Agent");
        Assert.NotEqual(200, await StatusOfAsync(lead, "/settings"));

        // An admin can still shut her out, whatever the provider says.
        await admin.Locator("tr[data-user=jana] .toggle-user").ClickAsync();
        await Expect(admin.Locator("tr[data-user=jana]")).ToContainTextAsync("Disabled");
        var refused = await SignInWithTheProviderAsync("jana", "kb-admins");
        await Expect(refused.Locator("#sso-error")).ToHaveTextAsync("This account is disabled. Ask an admin if this is a mistake.");
        await refused.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "sso-disabled.png") });
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }

        _content.Dispose();
    }
}
