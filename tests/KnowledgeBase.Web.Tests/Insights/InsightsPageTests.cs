using KnowledgeBase.Storage.Insights;
using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Components.Pages.Insights;
using KnowledgeBase.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Insights;

public sealed class InsightsPageTests : WebTestContext
{
    public InsightsPageTests()
    {
        var auth = Authorization;
        auth.SetAuthorized("Lena Lead");
        auth.SetPolicies(Policies.Lead);
    }

    protected override void Write(TempContentFolder content) => InsightsContent.Write(content);

    private DateTimeOffset Now => Time.GetUtcNow();

    private IRenderedComponent<InsightsPage> RenderPage(string query = "")
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/insights" + query);
        return Render<InsightsPage>();
    }

    private void Searched(string query, int results, DateTimeOffset at, string? opened = null) =>
        Insights.RecordSearch(new SearchEvent(Guid.NewGuid(), at, "u1", query, "en", results, opened));

    private static IReadOnlyList<IReadOnlyList<string>> Rows(IRenderedComponent<InsightsPage> page, string table) =>
        [.. page.FindAll($"#{table} tbody tr").Select(tr => (IReadOnlyList<string>)[.. tr.QuerySelectorAll("td").Select(td => td.TextContent)])];

    [Fact]
    public void EveryTable_ShowsWhatWasRecordedInThePeriod()
    {
        Searched("Delivery times", 3, Now.AddHours(-2), opened: InsightsContent.DeliveryId);
        Searched("delivery  times", 3, Now.AddHours(-1));
        Searched("gift wrapping", 0, Now.AddDays(-1));
        Insights.RecordTemplateUse(new TemplateUseEvent(Now, "u1", InsightsContent.EtaId, TemplateAction.Copied, "email"));
        Insights.RecordVote(new ArticleVote(Now, "u1", InsightsContent.DeliveryId, false, "Lyon is missing"));

        var page = RenderPage("?days=7");

        Assert.Equal(["delivery times", "2"], Rows(page, "top-searches")[0].Take(2));
        Assert.Equal(["gift wrapping", "1"], Rows(page, "zero-result-searches").Single().Take(2));
        Assert.Equal(["delivery times", "1"], Rows(page, "nothing-opened").Single().Take(2));
        Assert.Equal(["Delivery estimate", InsightsContent.EtaId, "1", "0", "1"], Rows(page, "most-used-templates").Single().Take(5));
        Assert.Equal(["Apology for the delay", InsightsContent.ApologyId, "0", "0", "0", "never"], Rows(page, "least-used-templates")[0]);
        var negative = Rows(page, "negative-articles").Single();
        Assert.Equal(["Delivery times", InsightsContent.DeliveryId, "1", "0"], negative.Take(4));
        Assert.Contains("Lyon is missing", negative[4], StringComparison.Ordinal);
        Assert.Equal("/articles/en/shipping/delivery-times", page.Find("#negative-articles tbody a").GetAttribute("href"));
    }

    [Fact]
    public void OverdueReviews_ListSopsWhoseReviewIsPast()
    {
        var page = RenderPage();

        var row = Rows(page, "overdue-reviews").Single();
        Assert.Equal(["Returns policy", InsightsContent.ReturnsId, "Jana", "2026-01-10", "2026-04-10"], row.Take(5));
    }

    [Fact]
    public void ThePeriod_LeavesOutOlderEvents_AndTheChipsSayWhichIsChosen()
    {
        Searched("old question", 0, Now.AddDays(-20));
        Searched("new question", 0, Now);

        var week = RenderPage("?days=7");
        Assert.Equal(["new question"], Rows(week, "zero-result-searches").Select(r => r[0]));
        Assert.Equal("Last 7 days", week.Find(".period-chip[aria-current=page]").TextContent);

        var month = RenderPage("?days=30");
        Assert.Equal(["new question", "old question"], Rows(month, "zero-result-searches").Select(r => r[0]));
    }

    [Fact]
    public void ACustomPeriod_IsTakenFromTheUrl_AndTheFormNavigatesToIt()
    {
        Searched("in november", 0, new DateTimeOffset(2026, 11, 2, 12, 0, 0, TimeSpan.Zero));
        Searched("in october", 0, new DateTimeOffset(2026, 10, 31, 12, 0, 0, TimeSpan.Zero));

        var page = RenderPage("?from=2026-11-01&to=2026-11-02");
        Assert.Equal(["in november"], Rows(page, "zero-result-searches").Select(r => r[0]));
        Assert.Contains("2026-11-01 to 2026-11-02", page.Find("#period-summary").TextContent, StringComparison.Ordinal);

        page.Find("#period-from").Change("2026-10-01");
        page.Find("#period-to").Change("2026-10-31");
        page.Find(".period-custom").Submit();

        Assert.EndsWith("/insights?from=2026-10-01&to=2026-10-31", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCustomPeriodBoxes_ShowIsoDates_WhateverTheBrowsersLocale()
    {
        var page = RenderPage("?from=2026-11-01&to=2026-11-02");

        // A date input shows the browser's locale (11/01/2026 in en-US); the app writes dates as ISO.
        foreach (var (id, value) in new[] { ("#period-from", "2026-11-01"), ("#period-to", "2026-11-02") })
        {
            var box = page.Find(id);
            Assert.Equal(("text", value, "YYYY-MM-DD"), (box.GetAttribute("type"), box.GetAttribute("value"), box.GetAttribute("placeholder")));
        }
    }

    [Fact]
    public void Charts_HaveABarPerDay_ScaledToTheBusiestDay()
    {
        Searched("a", 1, Now);
        Searched("b", 0, Now);
        Searched("c", 2, Now.AddDays(-1));

        var page = RenderPage("?days=7");

        var bars = page.FindAll("#chart-searches rect.bar");
        Assert.Equal(7, bars.Count);
        Assert.Equal("116", bars[^1].GetAttribute("height"));
        Assert.Equal("58", bars[^2].GetAttribute("height"));
        Assert.Equal("0", bars[0].GetAttribute("height"));
        Assert.Contains("Nov 23: 2", bars[^1].TextContent, StringComparison.Ordinal);
        Assert.Equal(1, page.FindAll("#chart-zero rect.bar").Count(b => b.GetAttribute("height") != "0"));
    }

    [Fact]
    public void EachTable_HasACsvLink_ForThePeriodShown()
    {
        var page = RenderPage("?days=30");

        var link = page.Find("#zero-result-searches a[download]");
        Assert.Equal("/insights/export/zero-result-searches.csv?days=30", link.GetAttribute("href"));
        Assert.Equal(7, page.FindAll(".insight-table a[download]").Count);
    }

    [Fact]
    public void APeriodInTheUrlLongerThan400Days_SaysWhy_AndShowsTheLast7Days()
    {
        var page = RenderPage("?from=2020-01-01&to=2026-11-23");

        Assert.Contains("at most 400 days", page.Find("#period-error").TextContent, StringComparison.Ordinal);
        Assert.Contains("2026-11-17 to 2026-11-23", page.Find("#period-summary").TextContent, StringComparison.Ordinal);
        Assert.Equal(7, page.FindAll("#chart-searches rect.bar").Count);
    }

    [Fact]
    public void ADateOutsideTheSaneRange_InTheUrl_SaysWhy()
    {
        var page = RenderPage("?from=1900-01-01&to=9999-12-31");

        Assert.Contains("2000-01-01", page.Find("#period-error").TextContent, StringComparison.Ordinal);
        Assert.Equal(7, page.FindAll("#chart-searches rect.bar").Count);
    }

    [Theory]
    [InlineData("2026-11-15", "2026-11-01", "before")]
    [InlineData("2024-01-01", "2026-11-01", "at most 400 days")]
    public void TheCustomForm_RefusesAnInvalidPeriod_WithAVisibleMessage_AndStaysPut(string from, string to, string explanation)
    {
        var page = RenderPage("?days=7");
        var before = Services.GetRequiredService<NavigationManager>().Uri;

        page.Find("#period-from").Change(from);
        page.Find("#period-to").Change(to);
        page.Find(".period-custom").Submit();

        Assert.Contains(explanation, page.Find("#period-error").TextContent, StringComparison.Ordinal);
        Assert.Equal(before, Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public void AValidPeriod_ShowsNoError() =>
        Assert.Empty(RenderPage("?days=30").FindAll("#period-error"));
}
