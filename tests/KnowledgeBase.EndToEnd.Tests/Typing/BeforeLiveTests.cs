using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.EndToEnd.Tests.Typing;

/// <summary>
/// On a slow link a page shows (prerendered) seconds before it is live, and people start typing.
/// Here the live connection's script is held until they have, so the moment always happens: what
/// they typed, chose and saved in the page as first shown must survive the live page replacing it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BeforeLiveTests(BrowserFixture fixture) : IAsyncLifetime
{
    private const string Article = "articles/en/before-live/kettle-care.md";
    private const string Template = "templates/en/before-live/parcel-news.md";

    static BeforeLiveTests()
    {
        SetDefaultExpectTimeout(30_000);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        foreach (var path in new[] { Article, Template })
        {
            var file = Path.Combine(fixture.Content.Root, path);
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>A signed-in page whose Blazor script waits for <c>release</c>, opened at <paramref name="path"/>.</summary>
    private async Task<(IPage Page, TaskCompletionSource Release)> OpenHeldAsync(string role, string path)
    {
        var user = await fixture.AddUserAsync(role);
        var page = await fixture.NewPageAsync(fixture.App.Address);
        await BrowserFixture.SignInAsync(page, user, BrowserFixture.Password);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync("**/_framework/blazor.web.js*", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Commit });
        return (page, release);
    }

    [BrowserFact]
    public async Task TheEditor_TypedIntoAndSavedBeforeLive_SavesEverything()
    {
        fixture.Content.Write(Article, "---\ntitle: Kettle care\n---\n## Descaling\n\nDescale monthly.\n\n## Storage\n\nKeep it dry.\n");
        var (page, release) = await OpenHeldAsync("Lead", "/edit/" + Article[..^3]);

        var title = page.Locator("#edit-title");
        await title.FocusAsync();
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.TypeAsync(" and storage");
        var body = page.Locator("#edit-body");
        await body.FocusAsync();
        await page.Keyboard.PressAsync("Control+Home");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.TypeAsync(" Use citric acid.");
        await page.Keyboard.PressAsync("Control+s");
        Assert.Null(await page.Locator("body").GetAttributeAsync("data-ready"));

        release.SetResult();
        await Expect(page.Locator("[role=status]").First).ToContainTextAsync("Saved");
        Assert.Equal(
            "---\ntitle: Kettle care and storage\n---\n## Descaling\n\nDescale monthly. Use citric acid.\n\n## Storage\n\nKeep it dry.\n",
            await File.ReadAllTextAsync(Path.Combine(fixture.Content.Root, Article)));
        await Expect(title).ToHaveValueAsync("Kettle care and storage");
    }

    [BrowserFact]
    public async Task ATemplate_FilledBeforeLive_KeepsItsValues_AndCaret()
    {
        var (page, release) = await OpenHeldAsync("Agent", "/templates/en/shipping/delivery-times");

        await page.Locator("#filler-order-warehouse").SelectOptionAsync("Riga");
        await page.Locator("#filler-customer-first-name").FocusAsync();
        await page.Keyboard.TypeAsync("Jn");
        await page.Keyboard.PressAsync("ArrowLeft");
        Assert.Null(await page.Locator("body").GetAttributeAsync("data-ready"));

        release.SetResult();
        await page.Locator("body[data-ready=true]").WaitForAsync();
        await page.Keyboard.TypeAsync("a");

        await Expect(page.Locator("#filler-customer-first-name")).ToHaveValueAsync("Jan");
        await Expect(page.Locator("#filler-order-warehouse")).ToHaveValueAsync("Riga");
        await Expect(page.Locator("#filler-preview")).ToContainTextAsync("Hi Jan,");
        await Expect(page.Locator("#filler-preview")).ToContainTextAsync("warehouse in Riga");
    }

    [BrowserFact]
    public async Task MyDetails_TypedBeforeLive_AreKept_WhenTheStoredOnesArrive()
    {
        var (page, release) = await OpenHeldAsync("Agent", "/settings");

        await page.Locator("#agent-signature").FocusAsync();
        await page.Keyboard.TypeAsync("Olga, Brightcart support");
        release.SetResult();
        await page.Locator("body[data-ready=true]").WaitForAsync();

        await Expect(page.Locator("#agent-signature")).ToHaveValueAsync("Olga, Brightcart support");
        await page.Locator("#save-details").ClickAsync();
        await Expect(page.Locator(".settings [role=status]")).ToContainTextAsync("Saved");
        await page.ReloadAsync();
        await Expect(page.Locator("#agent-signature")).ToHaveValueAsync("Olga, Brightcart support");
    }
    [BrowserFact]
    public async Task AnAdminsClickAndChoice_MadeBeforeLive_AreCarriedOut_WhenTheLivePageArrives()
    {
        var disabled = await fixture.AddUserAsync("Agent");
        var promoted = await fixture.AddUserAsync("Agent");
        var (page, release) = await OpenHeldAsync("Admin", "/admin/users");

        // A click on a button of the page as first shown did nothing; a changed choice snapped back.
        await page.Locator($"tr[data-user={promoted}] .role-select").SelectOptionAsync("Lead");
        await page.Locator($"tr[data-user={disabled}] .toggle-user").ClickAsync();
        Assert.Null(await page.Locator("body").GetAttributeAsync("data-ready"));

        release.SetResult();
        await page.Locator("body[data-ready=true]").WaitForAsync();
        await Expect(page.Locator($"tr[data-user={disabled}]")).ToContainTextAsync("Disabled");
        await Expect(page.Locator($"tr[data-user={promoted}] .role-select")).ToHaveValueAsync("Lead");
        await page.ReloadAsync();
        await Expect(page.Locator($"tr[data-user={disabled}]")).ToContainTextAsync("Disabled");
        await Expect(page.Locator($"tr[data-user={promoted}] .role-select")).ToHaveValueAsync("Lead");
    }
    [BrowserFact]
    public async Task AKnowledgeCheck_AnsweredBeforeLive_KeepsTheLastChoice()
    {
        var key = Uri.EscapeDataString("articles/en/support/troubleshooting#escalate-safety");
        var (page, release) = await OpenHeldAsync("Agent", "/onboarding/check?key=" + key);

        // Changing one's mind before the page is live: the first answer (right), another, the first again.
        var options = page.Locator(".knowledge-check input[type=radio]");
        await options.Nth(0).CheckAsync();
        await options.Nth(1).CheckAsync();
        await options.Nth(0).CheckAsync();
        Assert.Null(await page.Locator("body").GetAttributeAsync("data-ready"));

        release.SetResult();
        await page.Locator("body[data-ready=true]").WaitForAsync();
        await Expect(options.Nth(0)).ToBeCheckedAsync();
        await page.Locator(".check-submit").ClickAsync();
        await Expect(page.Locator(".check-result")).ToHaveTextAsync("Correct.");
    }
    [BrowserFact]
    public async Task ATemplatesFieldDefinition_EditedBeforeLive_IsSaved()
    {
        fixture.Content.Write(Template, "---\ntitle: Parcel news\nchannels: [email]\nfields:\n  - name: customer.first_name\n    label: First name\n---\nHi {{ customer.first_name }}, your parcel is on its way.\n");
        var (page, release) = await OpenHeldAsync("Lead", "/edit/" + Template[..^3]);

        await page.Locator("#edit-field-0-label").FocusAsync();
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.TypeAsync(" of the customer");
        Assert.Null(await page.Locator("body").GetAttributeAsync("data-ready"));

        release.SetResult();
        await page.Locator("body[data-ready=true]").WaitForAsync();
        await Expect(page.Locator("#edit-field-0-label")).ToHaveValueAsync("First name of the customer");
        await page.Locator("#editor-save").ClickAsync();
        await Expect(page.Locator("#editor-save-status")).ToContainTextAsync("Saved");
        Assert.Contains("label: First name of the customer", await File.ReadAllTextAsync(Path.Combine(fixture.Content.Root, Template)), StringComparison.Ordinal);
    }
}
