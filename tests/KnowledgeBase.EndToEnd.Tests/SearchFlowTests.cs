using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.EndToEnd.Tests;

/// <summary>What an agent does all day, in a real browser against the running app and the shipped content.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchFlowTests(BrowserFixture fixture)
{
    static SearchFlowTests()
    {
        // A loaded CI machine is slower than a laptop; assertions keep retrying until this long.
        SetDefaultExpectTimeout(15_000);
    }

    private static async Task<IPage> ReadyAsync(IPage page)
    {
        await page.Locator("body[data-ready=true]").WaitForAsync();
        return page;
    }

    private async Task<IPage> SearchAsync(string query)
    {
        var page = await ReadyAsync(await fixture.OpenAsync());
        await page.Locator("#search-input").PressSequentiallyAsync(query);
        await ResultsForTheBoxAsync(page);
        await Expect(page.Locator("#result-0")).ToBeVisibleAsync();
        return page;
    }

    // Results follow every keystroke, so those on screen may be for "deli" while "deliv" is on its way:
    // wait until they are for the box's newest change.
    private static async Task ResultsForTheBoxAsync(IPage page)
    {
        var sequence = await page.Locator("#search-input").GetAttributeAsync("data-sequence");
        await Expect(page.Locator(".results-panel")).ToHaveAttributeAsync("data-searched", sequence!);
    }

    // Blazor navigates within the document (history.pushState); WaitForURL also waits for a "load"
    // that such a navigation may never fire again, so poll the address the way an assertion does.
    private static Task ExpectUrlContainsAsync(IPage page, string part) =>
        Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(part)));

    private static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, name), FullPage = false });

    [BrowserFact]
    public async Task DeliveryTimes_IsFirstAndSelected_AndEnterOpensItAtTheSection()
    {
        var page = await SearchAsync("delivery times");

        var first = page.Locator("#result-0");
        await Expect(first.Locator(".result-title")).ToHaveTextAsync("Delivery times");
        await Expect(first.Locator(".badge-sop")).ToBeVisibleAsync();
        await Expect(first).ToHaveAttributeAsync("aria-selected", "true");
        await ScreenshotAsync(page, "search-delivery-times.png");

        await page.Keyboard.PressAsync("Enter");

        await ExpectUrlContainsAsync(page, "/articles/en/shipping/delivery-times");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Delivery times");
        await ScreenshotAsync(page, "article-delivery-times.png");
    }

    [BrowserFact]
    public async Task Deliv_ShowsDeliveryTimesWithItsSnippet_AndEnterLandsOnTheFirstResultsSection()
    {
        // "deliv" ranks the template "Delivery times" and the SOP of that name close together (the
        // template first since the ranking changes of late November); either answers the agent. What
        // matters here: Enter opens exactly the first result, at its section.
        var page = await SearchAsync("deliv");

        var first = page.Locator("#result-0");
        await Expect(first.Locator(".result-title")).ToHaveTextAsync("Delivery times");
        await Expect(first.Locator(".result-snippet mark").First).ToBeVisibleAsync();
        var href = await first.GetAttributeAsync("href");
        var article = await first.Locator(".badge-sop").CountAsync() > 0;

        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(href!) + "$"));
        var anchor = new Uri(page.Url).Fragment.TrimStart('#');

        // A template's section is a channel variant (#sms), which its page does not mark (yet).
        if (article && anchor.Length > 0)
        {
            var heading = page.Locator($"[id='{Uri.UnescapeDataString(anchor)}']");
            await Expect(heading).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-target"));
            await Expect(heading).ToBeInViewportAsync();
        }
    }

    [BrowserFact]
    public async Task WhereOrdersShipFrom_OpensThatSection_Highlighted()
    {
        var page = await SearchAsync("where do orders ship from");

        await page.Keyboard.PressAsync("Enter");

        await ExpectUrlContainsAsync(page, "/articles/en/shipping/delivery-times#where-orders-ship-from");
        var heading = page.Locator("#where-orders-ship-from");
        await Expect(heading).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-target"));
        await Expect(heading).ToBeInViewportAsync();
        await ScreenshotAsync(page, "article-section-deep-link.png");
    }

    [BrowserFact]
    public async Task ArrowDownAndEnter_OpenTheSecondResult()
    {
        var page = await SearchAsync("delivery times");
        var second = await page.Locator("#result-1 .result-title").TextContentAsync();

        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.Locator("#result-1")).ToHaveAttributeAsync("aria-selected", "true");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("h1")).ToHaveTextAsync(second!);
    }

    [BrowserFact]
    public async Task Slash_FocusesTheSearchBox()
    {
        var page = await SearchAsync("refund");
        await page.Locator(".result-count").ClickAsync();
        await Expect(page.Locator("#search-input")).Not.ToBeFocusedAsync();

        await page.Keyboard.PressAsync("/");

        await Expect(page.Locator("#search-input")).ToBeFocusedAsync();
        await Expect(page.Locator("#search-input")).ToHaveValueAsync("refund");
    }

    [BrowserFact]
    public async Task Slash_InTheFocusedBox_IsACharacter_AndASlashShortcutPutsItsTemplateFirst()
    {
        var page = await ReadyAsync(await fixture.OpenAsync());
        await Expect(page.Locator("#search-input")).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("/");
        await Expect(page.Locator("#search-input")).ToHaveValueAsync("/");
        await ResultsForTheBoxAsync(page);
        await Expect(page.Locator("#results")).ToHaveCountAsync(0);
        await page.Keyboard.TypeAsync("refund");

        await ResultsForTheBoxAsync(page);
        await Expect(page.Locator("#search-input")).ToHaveValueAsync("/refund");
        await Expect(page.Locator("#result-0 .result-title")).ToHaveTextAsync("Refund confirmation");
    }

    [BrowserFact]
    public async Task AResult_IsARealLink_MiddleClickOpensItsSectionInANewTab()
    {
        var page = await SearchAsync("where do orders ship from");
        var first = page.Locator("#result-0");
        await Expect(first).ToHaveAttributeAsync("href", "/articles/en/shipping/delivery-times#where-orders-ship-from");

        var opened = page.Context.WaitForPageAsync();
        await first.ClickAsync(new LocatorClickOptions { Button = MouseButton.Middle });
        var tab = await opened;

        await Expect(tab).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/articles/en/shipping/delivery-times#where-orders-ship-from$"));
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("q=where"));
        await tab.CloseAsync();
    }

    [BrowserFact]
    public async Task TextTypedBeforeThePageConnects_IsKept_AndSearched()
    {
        var page = await fixture.OpenAsync("/articles/en/escalation/escalation-process");
        await ReadyAsync(page);

        // A fresh load of the search page: type into the first paint, before the live page takes over.
        await page.GotoAsync("/", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        await page.Locator("#search-input").FocusAsync();
        await page.Keyboard.TypeAsync("delivery times", new KeyboardTypeOptions { Delay = 20 });
        await ReadyAsync(page);

        await ResultsForTheBoxAsync(page);
        await Expect(page.Locator("#search-input")).ToHaveValueAsync("delivery times");
        await Expect(page.Locator("#result-0 .result-title")).ToHaveTextAsync("Delivery times");
        await ExpectUrlContainsAsync(page, "q=delivery");
    }

    [BrowserFact]
    public async Task Slash_OnAnArticle_GoesToTheSearchBox()
    {
        var page = await ReadyAsync(await fixture.OpenAsync("/articles/en/escalation/escalation-process"));
        await page.Locator("h1").ClickAsync();

        await page.Keyboard.PressAsync("/");

        await Expect(page.Locator("#search-input")).ToBeFocusedAsync();
    }

    [BrowserFact]
    public async Task RussianQuery_FindsTheRussianSop()
    {
        var page = await SearchAsync("откуда отправляются заказы");

        var first = page.Locator("#result-0");
        await Expect(first.Locator(".result-title")).ToHaveTextAsync("Сроки доставки");
        await Expect(first.Locator(".badge-lang")).ToHaveTextAsync("RU");
        await Expect(first.Locator(".badge-sop")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "search-russian.png");
    }

    [BrowserFact]
    public async Task FiltersGoIntoTheUrl_AndBackUndoesThem()
    {
        var page = await SearchAsync("refund");
        var all = await page.Locator(".result").CountAsync();

        await page.Locator(".facet-option", new() { HasText = "Templates" }).ClickAsync();
        await ExpectUrlContainsAsync(page, "type=template");
        await Expect(page.Locator(".result .badge-sop")).ToHaveCountAsync(0);

        await page.GoBackAsync();

        await Expect(page.Locator(".result")).ToHaveCountAsync(all);
        Assert.DoesNotContain("type=", page.Url, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Escape_ClearsTheSearch()
    {
        var page = await SearchAsync("warranty");

        await page.Keyboard.PressAsync("Escape");

        await Expect(page.Locator("#search-input")).ToHaveValueAsync(string.Empty);
        await Expect(page.Locator("#results")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task EditingAFile_ChangesTheOpenArticleAndTheOpenResults()
    {
        var file = fixture.Content.Article("articles/en/e2e/live-edits", "title: Live edits", "## Kettles\n\nKettles boil water.\n");
        var article = await ReadyAsync(await fixture.OpenAsync("/articles/en/e2e/live-edits"));
        await Expect(article.Locator("#document-body")).ToContainTextAsync("Kettles boil water.");
        var search = await SearchAsync("kettles");

        fixture.Content.Article("articles/en/e2e/live-edits", "title: Live edits", "## Kettles\n\nKettles whistle when the water boils.\n\n## Toasters\n\nToasters brown bread.\n");

        await Expect(article.Locator("#document-body")).ToContainTextAsync("Kettles whistle when the water boils.");
        await Expect(article.Locator(".toc")).ToContainTextAsync("Toasters");
        await search.Locator("#search-input").PressSequentiallyAsync(" toasters");
        await Expect(search.Locator("#result-0 .result-title")).ToHaveTextAsync("Live edits");
        File.Delete(file);
    }

    [BrowserFact]
    public async Task AxeFindsNoSeriousOrCriticalViolations()
    {
        foreach (var (path, scheme) in new[]
        {
            ("/?q=delivery+times", ColorScheme.Light),
            ("/?q=delivery+times", ColorScheme.Dark),
            ("/?q=qqzzxx", ColorScheme.Light),
            ("/articles/en/shipping/delivery-times#where-orders-ship-from", ColorScheme.Light),
            ("/articles/en/shipping/delivery-times", ColorScheme.Dark),
            ("/templates/en/shipping/delivery-times", ColorScheme.Light),
        })
        {
            var page = await ReadyOrDocumentAsync(await fixture.OpenAsync(path, scheme));

            var results = await page.RunAxe();

            var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
            Assert.True(serious.Count == 0, $"{path} ({scheme}): " + string.Join("; ", serious.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})")));
        }
    }

    [BrowserFact]
    public async Task PreferredLanguage_IsRemembered_AndRanksFirst()
    {
        var page = await ReadyAsync(await fixture.OpenAsync());
        await page.Locator("#preferred-language").SelectOptionAsync("fr");
        // "DPD" is written the same in every language, so only the preference decides.
        await page.Locator("#search-input").PressSequentiallyAsync("DPD");
        await Expect(page.Locator("#result-0 .badge-lang")).ToHaveTextAsync("FR");

        await page.ReloadAsync();
        await ReadyAsync(page);

        await Expect(page.Locator("#preferred-language")).ToHaveValueAsync("fr");
    }

    [BrowserFact]
    public async Task DarkMode_Screenshot()
    {
        var page = await ReadyAsync(await fixture.OpenAsync("/?q=doruceni", ColorScheme.Dark));
        await Expect(page.Locator("#result-0")).ToBeVisibleAsync();

        await ScreenshotAsync(page, "search-dark.png");
    }

    private static async Task<IPage> ReadyOrDocumentAsync(IPage page)
    {
        await page.Locator("h1, body[data-ready=true]").First.WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return page;
    }
}
