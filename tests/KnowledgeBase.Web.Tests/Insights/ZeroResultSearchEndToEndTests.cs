using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Components.Pages;
using KnowledgeBase.Web.Components.Pages.Insights;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Insights;

/// <summary>The "done when": the insights page shows the zero-result searches that were just made.</summary>
public sealed class ZeroResultSearchEndToEndTests : WebTestContext
{
    protected override void Write(TempContentFolder content) => InsightsContent.Write(content);

    [Fact]
    public async Task AZeroResultSearchMadeOnTheSearchPage_ShowsUpOnTheInsightsPage()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/");
        var search = Render<SearchPage>();
        await new Search.BrowserSearchBox(search).TypeAsync("gift wrapping");
        search.WaitForAssertion(() => Assert.Contains("No results for", search.Find(".results-panel").TextContent, StringComparison.Ordinal));
        Time.Advance(SearchPause);
        await InsightsWrittenAsync();

        navigation.NavigateTo("/insights");
        var insights = Render<InsightsPage>();

        var row = insights.Find("#zero-result-searches tbody tr");
        Assert.Equal("gift wrapping", row.QuerySelector("td")!.TextContent);
        Assert.Equal("1", row.QuerySelectorAll("td")[1].TextContent);
        Assert.Contains("1 with no results", insights.Find("#period-summary").TextContent, StringComparison.Ordinal);
    }
}
