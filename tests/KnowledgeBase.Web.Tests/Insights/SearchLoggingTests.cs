using System.Security.Claims;
using KnowledgeBase.Storage.Insights;
using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Components.Pages;
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

    private void TypeLetterByLetter(IRenderedComponent<SearchPage> page, string text)
    {
        for (var length = 1; length <= text.Length; length++)
        {
            page.Find("#search-input").Input(text[..length]);

            // Slow enough that every prefix gets its own search, as a careful typist would see.
            Time.Advance(Debounce);
        }
    }

    [Fact]
    public async Task TypingLetterByLetter_ThenPausing_LogsOneSearch_ForWhatWasTyped()
    {
        var page = RenderPage();

        TypeLetterByLetter(page, "delivery times");
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

        TypeLetterByLetter(page, "deliv");
        Time.Advance(SearchPause - Debounce - TimeSpan.FromMilliseconds(1));

        Assert.Empty(await LoggedAsync());
    }

    [Fact]
    public async Task OpeningAResult_BeforeThePause_LogsTheSearchWithTheOpenedDocument()
    {
        var page = RenderPage("where do orders ship from");

        page.Find("#search-input").KeyDown("Enter");
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

        page.Find("#search-input").KeyDown("Enter");

        var search = Assert.Single(await LoggedAsync());
        Assert.Equal(InsightsContent.DeliveryId, search.OpenedDocumentId);
    }

    [Fact]
    public async Task LeavingThePage_LogsTheSearchOnScreen()
    {
        var page = RenderPage();
        page.Find("#search-input").Input("gift wrapping");
        Time.Advance(Debounce);

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
        var auth = AddAuthorization();
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
}
