using KnowledgeBase.Storage.Insights;
using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Components.Pages;
using KnowledgeBase.Web.Tests.Insights;
using KnowledgeBase.Web.Tests.Search;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Abuse;

/// <summary>
/// What one person's searching can add to the insights log: the same query again soon (another
/// tab, a reload of a shared link) is not another search, and however fast someone searches, only
/// so many searches a minute are logged. (A link's first, prerendered paint logs nothing: see
/// <see cref="SearchLinkLoggingTests"/>.)
/// </summary>
public sealed class SearchLogBoundsTests : WebTestContext
{
    // The shipped defaults (KnowledgeBase:RateLimits): 30 logged searches a minute per user; a repeat within a minute is the same search.
    private const int SearchesPerMinute = 30;

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

    [Fact]
    public async Task TheSameQuery_FromTwoTabsOfOnePerson_IsOneSearch()
    {
        SignIn();

        RenderPage("delivery");
        RenderPage("delivery");
        Time.Advance(SearchPause);
        await DisposeComponentsAsync();

        Assert.Single(await LoggedAsync());
    }

    [Fact]
    public async Task AResultOpenedInTheSecondTab_IsLinkedToTheOneLoggedSearch()
    {
        SignIn();
        RenderPage("delivery");
        var second = RenderPage("delivery");
        Time.Advance(SearchPause);
        await InsightsWrittenAsync();

        await new BrowserSearchBox(second).PressAsync("Enter");

        var search = Assert.Single(await LoggedAsync());
        Assert.Equal(InsightsContent.DeliveryId, search.OpenedDocumentId);
    }

    [Fact]
    public async Task OnePersonsSearches_AreLoggedUpToALimitPerMinute()
    {
        SignIn();
        var box = new BrowserSearchBox(RenderPage());

        // Esc after reading the results logs the search at once: 40 searches in ten seconds.
        for (var i = 0; i < SearchesPerMinute + 10; i++)
        {
            await box.TypeAsync($"query number {i}");
            Time.Advance(TimeSpan.FromMilliseconds(250));
            await box.EscapeAsync();
        }

        Assert.Equal(SearchesPerMinute, (await LoggedAsync()).Count);
        Time.Advance(TimeSpan.FromMinutes(1));
        await box.TypeAsync("after a minute");
        await box.EscapeAsync();
        Assert.Equal(SearchesPerMinute + 1, (await LoggedAsync()).Count);
    }
}
