using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using KnowledgeBase.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.EndToEnd.Tests;

/// <summary>Accounts in a real browser: the first run, and roles enforced by the server.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountFlowTests(BrowserFixture fixture)
{
    static AccountFlowTests()
    {
        SetDefaultExpectTimeout(15_000);
    }

    [BrowserFact]
    public async Task FirstVisitor_IsSentToSetup_CreatesTheAdmin_AndIsSignedIn()
    {
        // A fresh app with no accounts: its own process and data folder.
        await using var app = await AppProcess.StartAsync(fixture.Content.Root, TimeSpan.FromSeconds(90), BrowserFixture.Settings);
        var page = await fixture.NewPageAsync(app.Address);

        await page.GotoAsync("/reply");
        await BrowserFixture.CreateFirstAdminAsync(page, "founder", BrowserFixture.Password);

        await Expect(page.Locator("#users-link")).ToBeVisibleAsync();
        await page.Locator("#users-link").ClickAsync();
        await Expect(page.Locator("#users-table")).ToContainTextAsync("founder");
        await page.GotoAsync("/setup");
        await Expect(page).ToHaveURLAsync(new Regex("/login$"));
    }

    [BrowserFact]
    public async Task AnAgent_IsRefusedTheUsersPage_ByTheServer_AndInTheOpenTab()
    {
        var page = await fixture.OpenAsync("/admin/users");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Not allowed");
        var response = await page.Context.APIRequest.GetAsync("/admin/users", new() { MaxRedirects = 0 });
        Assert.Equal(403, response.Status);

        await page.GotoAsync("/");
        await page.Locator("body[data-ready=true]").WaitForAsync();
        await Expect(page.Locator("#users-link")).ToHaveCountAsync(0);
        await page.EvaluateAsync("Blazor.navigateTo('/admin/users')");
        await Expect(page.Locator("#not-allowed")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task SignOut_EndsTheSession()
    {
        var page = await fixture.OpenAsync("/");
        await page.Locator("body[data-ready=true]").WaitForAsync();

        await page.Locator("#sign-out").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/login$"));
        await page.GotoAsync("/settings");
        await Expect(page).ToHaveURLAsync(new Regex("/login\\?returnUrl=%2Fsettings$"));
    }

    [BrowserFact]
    public async Task APinnedSop_AndARecentlyViewedOne_AreOnTheHomePage()
    {
        var page = await fixture.OpenAsync("/articles/en/shipping/delivery-times");
        await page.Locator("body[data-ready=true]").WaitForAsync();

        await page.Locator("#pin-document").ClickAsync();
        await Expect(page.Locator("#pin-document")).ToHaveAttributeAsync("aria-pressed", "true");
        await page.GotoAsync("/");
        await page.Locator("body[data-ready=true]").WaitForAsync();

        await Expect(page.Locator("#favourites a")).ToHaveTextAsync("Delivery times");
        await Expect(page.Locator("#recently-viewed a").First).ToHaveTextAsync("Delivery times");
    }

    [BrowserFact]
    public async Task SignInAndUsersPages_HaveNoSeriousOrCriticalAxeViolations()
    {
        var signIn = await fixture.NewPageAsync(fixture.App.Address, ColorScheme.Dark);
        await signIn.GotoAsync("/login");
        var admin = await fixture.NewPageAsync(fixture.App.Address);
        await BrowserFixture.SignInAsync(admin, await fixture.AddUserAsync("Admin"), BrowserFixture.Password);
        await admin.GotoAsync("/admin/users");
        await admin.Locator("body[data-ready=true]").WaitForAsync();

        await signIn.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "sign-in-dark.png") });
        await admin.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "users.png") });
        foreach (var page in new[] { signIn, admin })
        {
            var results = await page.RunAxe();

            var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
            Assert.True(serious.Count == 0, $"{page.Url}: " + string.Join("; ", serious.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})")));
        }
    }
}
