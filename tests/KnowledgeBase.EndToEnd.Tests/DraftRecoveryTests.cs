using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.EndToEnd.Tests;

/// <summary>A lead's tab dies before saving: reopening the editor offers the unsaved text back.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DraftRecoveryTests(BrowserFixture fixture)
{
    static DraftRecoveryTests()
    {
        SetDefaultExpectTimeout(20_000);
    }

    [BrowserFact]
    public async Task TabClosedBeforeSaving_ReopenedEditorOffersTheDraft_AndRestoresIt()
    {
        const string path = "/edit/articles/en/returns/refunds-exchanges-restocking-fee";
        const string typed = "\n\nA sentence typed before the tab crashed.";
        var lead = await fixture.AddUserAsync("Lead");
        var first = await fixture.NewPageAsync(fixture.App.Address);
        await BrowserFixture.SignInAsync(first, lead, BrowserFixture.Password);
        await first.GotoAsync(path);
        await first.Locator("body[data-ready=true]").WaitForAsync();
        await first.Locator("#edit-body").FocusAsync();
        await first.Keyboard.PressAsync("Control+End");
        await first.Keyboard.TypeAsync(typed);
        await first.WaitForFunctionAsync("() => Object.keys(localStorage).some(k => k.startsWith('kb-draft:articles/en/returns/refunds-exchanges-restocking-fee:') && localStorage.getItem(k).includes('tab crashed'))");

        // The tab dies without a word to the server (no unload handlers), as a crash would.
        await first.CloseAsync(new PageCloseOptions { RunBeforeUnload = false });
        var second = await first.Context.NewPageAsync();
        await second.GotoAsync(path);
        await second.Locator("body[data-ready=true]").WaitForAsync();

        await Expect(second.Locator("#draft-recovery")).ToContainTextAsync("Unsaved changes");
        await Expect(second.Locator("#draft-stale")).ToHaveCountAsync(0);
        await second.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "lead-editor-draft-offered.png") });
        await second.Locator("#draft-restore").ClickAsync();

        await Expect(second.Locator("#edit-body")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("tab crashed\\.$"));
        await Expect(second.Locator("#preview-body")).ToContainTextAsync("A sentence typed before the tab crashed.");
        await second.Keyboard.PressAsync("Control+s");
        await Expect(second.Locator("[role=status]").First).ToContainTextAsync("Saved");
        Assert.Contains("tab crashed", await File.ReadAllTextAsync(Path.Combine(fixture.Content.Root, "articles", "en", "returns", "refunds-exchanges-restocking-fee.md")), StringComparison.Ordinal);

        // What the bar at the bottom looks like while Blazor reconnects (the class Blazor sets), for people to look at.
        await second.EvaluateAsync("() => document.getElementById('components-reconnect-modal').classList.add('components-reconnect-show')");
        await Expect(second.Locator("#components-reconnect-modal")).ToBeVisibleAsync();
        await second.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "connection-lost-bar.png") });
    }
}
