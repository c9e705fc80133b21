using KnowledgeBase.Storage.Tests.Providers;
using KnowledgeBase.TestSupport.Postgres;
using KnowledgeBase.Storage.Insights;

namespace KnowledgeBase.Storage.Tests.Insights;

/// <summary>A report whose client went away stops reading the log, and the database stays usable.</summary>
public abstract class ReportCancellationTests(TestStorage storage) : InsightDatabase(storage)
{
    [Fact]
    public void EveryReport_StopsWhenCancelled()
    {
        for (var i = 0; i < 1000; i++)
        {
            Searched($"query {i % 7}", i % 3, at: Now.AddMinutes(-i));
        }

        using var gone = new CancellationTokenSource();
        gone.Cancel();
        var year = new InsightPeriod(Now.AddDays(-365), Now.AddDays(1));

        Assert.ThrowsAny<OperationCanceledException>(() => Store.SummariseSearches(year, 20, gone.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Store.TopSearches(year, 20, gone.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Store.SearchesPerDay(year, gone.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Store.MostUsedTemplates(year, 20, gone.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Store.MostNegativeArticles(year, 20, cancellationToken: gone.Token));
        Assert.Equal(1000, Store.Searches(year).Count);
    }
}

// The same tests on each provider: xunit runs the inherited facts once per concrete class.
public sealed class ReportCancellationOnLiteDbTests() : ReportCancellationTests(TestStorage.LiteDb());

public sealed class ReportCancellationOnPostgresTests(TemporaryPostgres postgres) : ReportCancellationTests(TestStorage.Postgres(postgres)), IClassFixture<TemporaryPostgres>;
