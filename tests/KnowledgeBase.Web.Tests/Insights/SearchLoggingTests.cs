using System.Security.Claims;
using KnowledgeBase.Storage.Insights;
using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Components.Pages;
using KnowledgeBase.Web.Tests.Search;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Insights;

public sealed class SearchLoggingTests : WebTestContext
{
    protected override void Write(TempContentFolder content) => InsightsContent.Write(content);

    private InsightPeriod Today => InsightPeriod.LastDays(Time.GetUtcNow(), 1);

    private IRenderedComponent<SearchPage> RenderPage(string? query = null)
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(navigation.GetUriWithQueryParameters("/", new Dictionary<string, object?> { ["q"] = query }));
        return Render<SearchPage>();
    }

    private async Task<IReadOnlyList<SearchEvent>> LoggedAsync()
    {
        await InsightsWrittenAsync();
        return Insights.Searches(Today);
    }

    private static async Task TypeLetterByLetterAsync(BrowserSearchBox box, string text)
    {
        for (var length = 1; length <= text.Length; length++)
        {
            // Every prefix gets its own search, as on an idle machine.
            await box.TypeAsync(text[..length]);
        }
    }

    [Fact]
    public async Task TypingLetterByLetter_ThenPausing_LogsOneSearch_ForWhatWasTyped()
    {
        var page = RenderPage();

        await TypeLetterByLetterAsync(new BrowserSearchBox(page), "delivery times");
        Assert.True(Search.Requests.Count >= "delivery times".Length - 1);
        Time.Advance(SearchPause);

        var search = Assert.Single(await LoggedAsync());
        Assert.Equal("delivery times", search.Query);
        Assert.True(search.ResultCount > 0);
        Assert.Null(search.OpenedDocumentId);
        Assert.Null(search.UserId);
    }

    [Fact]
    public async Task NothingIsLogged_BeforeTheQueryStaysUnchangedForThePause()
    {
        var page = RenderPage();

        await TypeLetterByLetterAsync(new BrowserSearchBox(page), "deliv");
        Time.Advance(SearchPause - TimeSpan.FromMilliseconds(1));

        Assert.Empty(await LoggedAsync());
    }

    [Fact]
    public async Task OpeningAResult_BeforeThePause_LogsTheSearchWithTheOpenedDocument()
    {
        var page = RenderPage("where do orders ship from");

        await new BrowserSearchBox(page).PressAsync("Enter");
        Time.Advance(SearchPause * 2);

        var search = Assert.Single(await LoggedAsync());
        Assert.Equal(("where do orders ship from", InsightsContent.DeliveryId), (search.Query, search.OpenedDocumentId));
    }

    [Fact]
    public async Task OpeningAResult_AfterThePause_MarksTheLoggedSearchAsOpened()
    {
        var page = RenderPage("delivery");
        Time.Advance(SearchPause);
        Assert.Null(Assert.Single(await LoggedAsync()).OpenedDocumentId);

        await new BrowserSearchBox(page).PressAsync("Enter");

        var search = Assert.Single(await LoggedAsync());
        Assert.Equal(InsightsContent.DeliveryId, search.OpenedDocumentId);
    }

    [Fact]
    public async Task LeavingThePage_LogsTheSearchOnScreen()
    {
        var page = RenderPage();
        await new BrowserSearchBox(page).TypeAsync("gift wrapping");

        await DisposeComponentsAsync();

        var search = Assert.Single(await LoggedAsync());
        Assert.Equal(("gift wrapping", 0), (search.Query, search.ResultCount));
    }

    [Fact]
    public async Task TheSameSearchRunAgain_IsNotLoggedTwice()
    {
        RenderPage("delivery");
        Time.Advance(SearchPause);

        Apply(); // An index change re-runs the search on screen.
        Time.Advance(SearchPause);
        await DisposeComponentsAsync();

        Assert.Single(await LoggedAsync());
    }

    [Fact]
    public async Task TheSignedInAgent_IsRecordedByTheirId()
    {
        var auth = Authorization;
        auth.SetAuthorized("Petra");
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, "user-42"));
        RenderPage("delivery");

        Time.Advance(SearchPause);

        Assert.Equal("user-42", Assert.Single(await LoggedAsync()).UserId);
    }

    [Fact]
    public async Task CopyingATemplateFromThePanelBesideTheResults_CountsAsOpeningIt()
    {
        JSInterop.Setup<bool>("kb.copyText", _ => true).SetResult(true);
        var page = RenderPage("apology");
        Assert.NotEmpty(page.FindAll("#template-panel"));

        page.Find("#panel-copy").Click();
        await DisposeComponentsAsync();

        var search = Assert.Single(await LoggedAsync());
        Assert.Equal(InsightsContent.ApologyId, search.OpenedDocumentId);
    }

    [Fact]
    public async Task FollowingAResultLink_LogsTheSearchWithTheOpenedDocument()
    {
        var page = RenderPage("where do orders ship from");

        await page.InvokeAsync(() => page.Instance.Opened(InsightsContent.DeliveryId));
        await DisposeComponentsAsync();

        var search = Assert.Single(await LoggedAsync());
        Assert.Equal(InsightsContent.DeliveryId, search.OpenedDocumentId);
    }

    [Fact]
    public async Task ADocumentNotAmongTheResults_IsNotTakenAsOpened()
    {
        var page = RenderPage("where do orders ship from");

        await page.InvokeAsync(() => page.Instance.Opened("articles/en/made-up"));
        await DisposeComponentsAsync();

        Assert.Null(Assert.Single(await LoggedAsync()).OpenedDocumentId);
    }

    [Fact]
    public async Task EscRightAfterTyping_LogsWhatWasTyped_EvenBeforeItsSearchRan()
    {
        var page = RenderPage();

        // The last letters and Esc arrive together: the key is handled before the waiting search would run.
        await page.InvokeAsync(() => Task.WhenAll(page.Instance.Typed(1, "delivery"), page.Instance.Typed(2, "delivery times"), page.Instance.Key(2, "Escape", false)));
        await page.InvokeAsync(() => page.Instance.Typed(3, string.Empty));

        Assert.Equal("delivery times", Assert.Single(await LoggedAsync()).Query);
    }
}
