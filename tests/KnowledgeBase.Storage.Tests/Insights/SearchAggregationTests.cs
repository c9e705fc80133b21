using KnowledgeBase.Storage.Tests.Providers;
using KnowledgeBase.TestSupport.Postgres;
using KnowledgeBase.Storage.Insights;

namespace KnowledgeBase.Storage.Tests.Insights;

public abstract class SearchAggregationTests(TestStorage storage) : InsightDatabase(storage)
{
    [Fact]
    public void TopSearches_GroupCaseAndWhitespace_MostFrequentFirst_WithLastSeen()
    {
        Searched("Delivery  times", 3, at: Now.AddHours(-3));
        Searched(" delivery times ", 3, at: Now.AddHours(-1));
        Searched("DELIVERY\tTIMES", 3, at: Now.AddHours(-2));
        Searched("refund", 2);

        var top = Store.TopSearches(LastWeek, 10);

        Assert.Equal([("delivery times", 3), ("refund", 1)], top.Select(q => (q.Query, q.Count)));
        Assert.Equal(Now.AddHours(-1), top[0].LastSeen);
    }

    [Fact]
    public void ZeroResultSearches_AreTheContentGaps()
    {
        Searched("gift wrapping", 0, at: Now.AddDays(-2));
        Searched("Gift wrapping", 0);
        Searched("delivery", 4);

        var gaps = Store.ZeroResultSearches(LastWeek, 10);

        var gap = Assert.Single(gaps);
        Assert.Equal(("gift wrapping", 2, Now), (gap.Query, gap.Count, gap.LastSeen));
    }

    [Fact]
    public void SearchesWithNothingOpened_LeaveOutOpenedAndEmptyOnes()
    {
        Searched("delivery", 4, opened: "articles/en/delivery");
        Searched("returns", 5);
        Searched("nothing here", 0);
        var later = Searched("customs", 2);
        Store.RecordOpened(later, "articles/en/customs");

        Assert.Equal(["returns"], Store.SearchesWithNothingOpened(LastWeek, 10).Select(q => q.Query));
        Assert.Equal("articles/en/customs", Store.Searches(LastWeek).Single(s => s.Id == later).OpenedDocumentId);
    }

    [Fact]
    public void Period_IsHalfOpen_AndDatesSurviveReopening()
    {
        var period = new InsightPeriod(Now.AddDays(-1), Now);
        Searched("before", 1, at: Now.AddDays(-1).AddTicks(-TimeSpan.TicksPerMillisecond));
        Searched("first", 1, at: Now.AddDays(-1));
        Searched("at the end", 1, at: Now);

        Reopen();

        var search = Assert.Single(Store.Searches(period));
        Assert.Equal(("first", Now.AddDays(-1)), (search.Query, search.At));
        Assert.Equal(TimeSpan.Zero, search.At.Offset);
    }

    [Fact]
    public void Query_IsTrimmedAndCappedAt200Characters()
    {
        Searched("  " + new string('x', 250) + "  ", 0);

        Assert.Equal(200, Store.Searches(LastWeek).Single().Query.Length);
    }

    [Fact]
    public void SearchesPerDay_CountEveryDayOfThePeriod_IncludingQuietOnes()
    {
        Searched("a", 1, at: Now.AddDays(-2));
        Searched("b", 0, at: Now.AddDays(-2).AddHours(1));
        Searched("c", 0, at: Now);

        var days = Store.SearchesPerDay(InsightPeriod.LastDays(Now, 3));

        Assert.Equal(
            [(new DateOnly(2026, 11, 21), 2, 1), (new DateOnly(2026, 11, 22), 0, 0), (new DateOnly(2026, 11, 23), 1, 1)],
            days.Select(d => (d.Day, d.Searches, d.ZeroResults)));
    }

    [Fact]
    public void SummariseSearches_GivesTheSameReportsAsEachOnItsOwn()
    {
        Searched("Delivery times", 3, opened: "articles/en/delivery");
        Searched("delivery times", 3, at: Now.AddDays(-1));
        Searched("gift wrapping", 0, at: Now.AddDays(-2));
        Searched("returns", 2);

        var summary = Store.SummariseSearches(LastWeek, 10);

        Assert.Equal(Store.TopSearches(LastWeek, 10), summary.Top);
        Assert.Equal(Store.ZeroResultSearches(LastWeek, 10), summary.ZeroResults);
        Assert.Equal(Store.SearchesWithNothingOpened(LastWeek, 10), summary.NothingOpened);
        Assert.Equal(Store.SearchesPerDay(LastWeek), summary.PerDay);
    }
}

// The same tests on each provider: xunit runs the inherited facts once per concrete class.
public sealed class SearchAggregationOnLiteDbTests() : SearchAggregationTests(TestStorage.LiteDb());

public sealed class SearchAggregationOnPostgresTests(TemporaryPostgres postgres) : SearchAggregationTests(TestStorage.Postgres(postgres)), IClassFixture<TemporaryPostgres>;
