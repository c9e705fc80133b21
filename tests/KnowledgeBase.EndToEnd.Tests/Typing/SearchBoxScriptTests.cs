using KnowledgeBase.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.EndToEnd.Tests.Typing;

/// <summary>
/// The search box script alone, on a page that stands in for the search page, in real Chromium. The
/// moments it guards against happen when the live page connects, and only on a busy machine, so a test
/// through the app meets them by chance; here each is made to happen: the prerendered box removed
/// before the live one arrives (keys pressed in between went nowhere: "deivery times" in CI), and the
/// box's text changed without an input event (a live render writing an older text into it).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchBoxScriptTests(BrowserFixture fixture)
{
    private static readonly string Script = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "KnowledgeBase.Web", "wwwroot", "js", "search-box.js"));

    private async Task<IPage> SearchPageAsync()
    {
        var page = await fixture.Browser.NewPageAsync();
        await page.RouteAsync("http://kb.test/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/html",
            Body = "<!doctype html><main id=page><input id=search-input type=search autofocus></main>",
        }));
        await page.GotoAsync("http://kb.test/");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Script });
        await page.Locator("#search-input").FocusAsync();
        return page;
    }

    [BrowserFact]
    public async Task KeysPressedWhileNoBoxIsOnThePage_AreInTheBoxThatReplacesIt()
    {
        var page = await SearchPageAsync();
        await page.Keyboard.TypeAsync("de");

        await page.EvaluateAsync("() => document.getElementById('search-input').remove()");
        await page.Keyboard.TypeAsync("lx");
        await page.Keyboard.PressAsync("Backspace");
        await page.Keyboard.TypeAsync("iv");
        await page.EvaluateAsync("() => { const box = document.createElement('input'); box.id = 'search-input'; box.value = 'd'; document.getElementById('page').append(box); }");
        await page.Keyboard.TypeAsync("ery times");

        await Expect(page.Locator("#search-input")).ToHaveValueAsync("delivery times");
        await Expect(page.Locator("#search-input")).ToBeFocusedAsync();
        await Expect(page).ToHaveURLAsync("http://kb.test/?q=delivery+times");
    }

    [BrowserFact]
    public async Task TextWrittenIntoTheBoxWithoutTheAgent_IsReplacedByWhatTheAgentTyped_BeforeTheNextKey()
    {
        var page = await SearchPageAsync();
        await page.Keyboard.TypeAsync("del");

        // What a live render does when it writes the box from an address read while the agent typed.
        await page.EvaluateAsync("() => { document.getElementById('search-input').value = 'de'; }");
        await page.Keyboard.TypeAsync("ivery");
        await page.Keyboard.PressAsync("Backspace");
        await page.Keyboard.TypeAsync("y times");

        await Expect(page.Locator("#search-input")).ToHaveValueAsync("delivery times");
    }

    [BrowserFact]
    public async Task KeysOnAnotherPage_AreNotCaught()
    {
        var page = await fixture.Browser.NewPageAsync();
        await page.RouteAsync("http://kb.test/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/html",
            Body = "<!doctype html><main id=page><textarea id=notes></textarea></main>",
        }));
        await page.GotoAsync("http://kb.test/articles/en/x");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Script });
        await page.Locator("#notes").FocusAsync();
        await page.Keyboard.TypeAsync("notes");
        await page.EvaluateAsync("() => document.activeElement.blur()");
        await page.Keyboard.TypeAsync("abc");

        await Expect(page.Locator("#notes")).ToHaveValueAsync("notes");
        Assert.DoesNotContain("q=", page.Url, StringComparison.Ordinal);
    }
}
