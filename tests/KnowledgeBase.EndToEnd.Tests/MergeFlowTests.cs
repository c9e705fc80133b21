using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.EndToEnd.Tests;

/// <summary>A lead edits an SOP while the file changes on disk (git pull, another editor): merged, or both sides shown.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MergeFlowTests(BrowserFixture fixture)
{
    private const string Sop = "articles/en/returns/refunds-exchanges-restocking-fee";

    static MergeFlowTests()
    {
        SetDefaultExpectTimeout(15_000);
    }

    private string File => Path.Combine(fixture.Content.Root, Sop + ".md");

    private async Task<IPage> LeadAsync()
    {
        var lead = await fixture.AddUserAsync("Lead");
        var page = await fixture.NewPageAsync(fixture.App.Address);
        await BrowserFixture.SignInAsync(page, lead, BrowserFixture.Password);
        await page.GotoAsync("/edit/" + Sop);
        await page.Locator("body[data-ready=true]").WaitForAsync();
        return page;
    }

    private static async Task EditBodyAsync(IPage page, string from, string to)
    {
        var body = page.Locator("#edit-body");
        var text = await body.InputValueAsync();
        Assert.Contains(from, text, StringComparison.Ordinal);
        await body.FillAsync(text.Replace(from, to, StringComparison.Ordinal));
        await Expect(page.Locator("#preview-body")).ToContainTextAsync(to.Replace("**", "", StringComparison.Ordinal));
    }

    private async Task ChangeOnDiskAsync(string from, string to)
    {
        var text = await System.IO.File.ReadAllTextAsync(File);
        await System.IO.File.WriteAllTextAsync(File, text.Replace(from, to, StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task ChangesToDifferentLines_AreMerged_AndBothAreOnDisk()
    {
        var page = await LeadAsync();
        await ChangeOnDiskAsync("within **30 days from the day of delivery**", "within **45 days from the day of delivery**");
        await Expect(page.Locator("#changed-on-disk")).ToBeVisibleAsync();
        await EditBodyAsync(page, "with a **maximum of 50 EUR per item**", "with a **maximum of 40 EUR per item**");

        await page.Locator("#editor-save").ClickAsync();

        await Expect(page.Locator("[role=status]").First).ToContainTextAsync("merged with a change made on disk outside the app");
        var onDisk = await System.IO.File.ReadAllTextAsync(File);
        Assert.Contains("45 days", onDisk, StringComparison.Ordinal);
        Assert.Contains("maximum of 40 EUR", onDisk, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "lead-editor-merged.png") });
        await ChangeOnDiskAsync("45 days", "30 days");
        await ChangeOnDiskAsync("maximum of 40 EUR", "maximum of 50 EUR");
    }

    [BrowserFact]
    public async Task ChangesToTheSameLine_ShowBothSides_WithWhoAndWhen_AndOverwriteKeepsTheOtherChanges()
    {
        var page = await LeadAsync();
        await ChangeOnDiskAsync("**15 % of the item price**", "**20 % of the item price**");
        await ChangeOnDiskAsync("- Brightcart-brand products have a 60-day window", "- Brightcart-brand products have a 90-day window");
        await EditBodyAsync(page, "**15 % of the item price**", "**10 % of the item price**");

        await page.Locator("#editor-save").ClickAsync();

        await Expect(page.Locator("#conflict-origin")).ToContainTextAsync("changed on disk outside the app");
        await Expect(page.Locator(".merge-mine")).ToContainTextAsync("10 %");
        await Expect(page.Locator(".merge-theirs")).ToContainTextAsync("20 %");
        await Expect(page.Locator("#conflict-title")).ToBeInViewportAsync();
        await page.Locator(".conflict").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "lead-editor-merge-conflict.png") });

        await page.Locator("#conflict-overwrite").ClickAsync();

        await Expect(page.Locator("[role=status]").First).ToContainTextAsync("their other changes are kept");
        var onDisk = await System.IO.File.ReadAllTextAsync(File);
        Assert.Contains("**10 % of the item price**", onDisk, StringComparison.Ordinal);
        Assert.Contains("90-day window", onDisk, StringComparison.Ordinal);
        await ChangeOnDiskAsync("**10 % of the item price**", "**15 % of the item price**");
        await ChangeOnDiskAsync("90-day window", "60-day window");
    }
}
