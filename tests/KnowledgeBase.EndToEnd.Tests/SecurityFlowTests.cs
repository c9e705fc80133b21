using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.EndToEnd.Tests;

/// <summary>
/// The Content-Security-Policy leaves every page working (Blazor connects, nothing is blocked), and
/// permissions are checked when a lead acts, not only when the page opened.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SecurityFlowTests(BrowserFixture fixture)
{
    // Interactive pages of each kind, as an admin sees them (an admin may open all of them).
    private static readonly string[] InteractivePages =
    [
        "/", "/?q=refund", "/articles/en/shipping/delivery-times", "/templates/en/shipping/delivery-times", "/reply",
        "/settings", "/onboarding", "/insights", "/team", "/reviews", "/trash", "/new",
        "/edit/articles/en/shipping/delivery-times", "/admin/users", "/admin/audit",
    ];

    static SecurityFlowTests()
    {
        SetDefaultExpectTimeout(15_000);
    }

    private static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, name), FullPage = true });

    private async Task<IPage> SignedInAsync(string role)
    {
        var user = await fixture.AddUserAsync(role);
        var page = await fixture.NewPageAsync(fixture.App.Address);
        await BrowserFixture.SignInAsync(page, user, BrowserFixture.Password);
        return page;
    }

    [BrowserFact]
    public async Task EveryKindOfPage_LoadsAndConnects_WithTheContentSecurityPolicy_AndNothingIsBlocked()
    {
        var admin = await SignedInAsync("Admin");
        var problems = await PageProblems.WatchAsync(admin);

        foreach (var path in InteractivePages)
        {
            var response = await admin.GotoAsync(path);
            Assert.Contains("script-src 'self'", (await response!.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);

            // data-ready is set from the server over the circuit: Blazor connected under the policy.
            await admin.Locator("body[data-ready=true]").WaitForAsync();
            if (path == "/admin/audit")
            {
                await Expect(admin.Locator("#audit-table tbody tr").First).ToBeVisibleAsync();
                await ScreenshotAsync(admin, "audit-log.png");
            }
        }

        // The static pages (their forms set cookies): the password form, and sign-in for a stranger.
        await admin.GotoAsync("/account/password");
        await Expect(admin.Locator("#change-password")).ToBeVisibleAsync();
        var stranger = await fixture.NewPageAsync(fixture.App.Address);
        problems.AddRange(await PageProblems.WatchAsync(stranger));
        await stranger.GotoAsync("/login");
        await Expect(stranger.Locator("#sign-in")).ToBeVisibleAsync();

        // The reconnect notice is ours (Blazor's own injects a style the policy forbids) and hidden while connected.
        await Expect(admin.Locator("#components-reconnect-modal")).ToBeHiddenAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [BrowserFact]
    public async Task ALeadDemotedWhileEditing_IsRefusedOnSave_AndKeepsTheDraftOnScreen()
    {
        const string file = "articles/en/security-demotion-test.md";
        const string text = "---\ntitle: Demotion test\n---\n## First\n\nOriginal text.\n";
        fixture.Content.Write(file, text);
        var leadName = await fixture.AddUserAsync("Lead");
        var lead = await fixture.NewPageAsync(fixture.App.Address);
        await BrowserFixture.SignInAsync(lead, leadName, BrowserFixture.Password);
        await lead.GotoAsync("/edit/articles/en/security-demotion-test");
        await lead.Locator("body[data-ready=true]").WaitForAsync();
        var body = lead.Locator("#edit-body");
        await body.FocusAsync();
        await lead.Keyboard.PressAsync("Control+End");
        await lead.Keyboard.TypeAsync("A sentence typed before the role changed.");
        await Expect(lead.Locator("#preview-body")).ToContainTextAsync("A sentence typed before the role changed.");

        // An admin makes the lead an agent while the editor is open.
        var admin = await SignedInAsync("Admin");
        await admin.GotoAsync("/admin/users");
        await admin.Locator("body[data-ready=true]").WaitForAsync();
        await admin.Locator($"tr[data-user='{leadName}'] select.role-select").SelectOptionAsync("Agent");
        await Expect(admin.Locator("#users-message")).ToContainTextAsync($"{leadName} is now Agent");

        await lead.Keyboard.PressAsync("Control+s");

        await Expect(lead.Locator("#editor-refused")).ToContainTextAsync("Not saved: your role is now Agent");
        await Expect(body).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("A sentence typed before the role changed\\.$"));
        Assert.Equal(text, await File.ReadAllTextAsync(Path.Combine(fixture.Content.Root, file)));
        await ScreenshotAsync(lead, "lead-editor-refused-after-demotion.png");
    }
}
