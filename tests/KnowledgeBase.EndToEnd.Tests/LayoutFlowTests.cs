using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.EndToEnd.Tests;

/// <summary>The app as it looks on a laptop (1280 px) and a phone (390 px): screenshots to look at, and what must fit.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutFlowTests(BrowserFixture fixture)
{
    static LayoutFlowTests()
    {
        SetDefaultExpectTimeout(15_000);
    }

    private static Task ScreenshotAsync(IPage page, string name, bool fullPage = false) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, name), FullPage = fullPage });

    [BrowserFact]
    public async Task OnAPhone_TheHeaderKeepsMyLanguageAndSignOut_InView()
    {
        var page = await fixture.OpenAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.Locator("body[data-ready=true]").WaitForAsync();
        await ScreenshotAsync(page, "home-390.png", fullPage: true);

        foreach (var id in new[] { "#preferred-language", "#sign-out", "#search-input" })
        {
            await Expect(page.Locator(id)).ToBeInViewportAsync(new() { Ratio = 1 });
        }

        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "the page scrolls sideways at 390 px");

        await page.Locator("#search-input").PressSequentiallyAsync("delivery times");
        await Expect(page.Locator("#result-0")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "search-390.png");
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"), "the results scroll sideways at 390 px");
    }

    [BrowserFact]
    public async Task TheHomePage_ShowsPinnedRecentAndMostUsed_SideBySide()
    {
        var page = await fixture.OpenAsync("/articles/en/shipping/delivery-times");
        await page.Locator("body[data-ready=true]").WaitForAsync();
        await page.Locator("#pin-document").ClickAsync();
        await Expect(page.Locator("#pin-document")).ToHaveAttributeAsync("aria-pressed", "true");
        await page.GotoAsync("/articles/en/returns/refunds-exchanges-restocking-fee");
        await page.Locator("body[data-ready=true]").WaitForAsync();

        await page.GotoAsync("/");
        await page.Locator("body[data-ready=true]").WaitForAsync();

        await Expect(page.Locator("#favourites")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "home-1280.png", fullPage: true);
        var favourites = await page.Locator("#favourites").BoundingBoxAsync();
        var recent = await page.Locator("#recently-viewed").BoundingBoxAsync();
        var mostViewed = await page.Locator(".most-viewed").BoundingBoxAsync();
        Assert.NotNull(favourites);
        Assert.NotNull(recent);
        Assert.NotNull(mostViewed);
        Assert.True(Math.Abs(favourites.Y - recent.Y) < 1 && Math.Abs(recent.Y - mostViewed.Y) < 1, $"not side by side: {favourites.Y}, {recent.Y}, {mostViewed.Y}");
    }
}
