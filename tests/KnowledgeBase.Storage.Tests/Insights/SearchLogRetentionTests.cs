using KnowledgeBase.Storage.Tests.Providers;
using KnowledgeBase.TestSupport.Postgres;
using KnowledgeBase.Storage.Insights;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Storage.Tests.Insights;

public abstract class SearchLogRetentionTests(TestStorage storage) : InsightDatabase(storage)
{
    private SearchLogRetention Retention(int days) =>
        new(new ServiceCollection().AddSingleton(Store).BuildServiceProvider(), Options.Create(new InsightsOptions { SearchLogRetentionDays = days }), Time, NullLogger<SearchLogRetention>.Instance);

    private IReadOnlyList<string> Kept() => [.. Store.Searches(new InsightPeriod(Now.AddYears(-1), Now.AddYears(1))).Select(s => s.Query)];

    [Fact]
    public async Task AtStart_SearchesOlderThanTheRetention_AreDeleted()
    {
        Searched("old", 1, at: Now.AddDays(-91));
        Searched("recent", 1, at: Now.AddDays(-89));
        using var retention = Retention(90);

        await retention.StartAsync(CancellationToken.None);

        Assert.Equal(["recent"], Kept());
    }

    [Fact]
    public async Task EveryDay_TheSweepRunsAgain()
    {
        Searched("ages", 1, at: Now.AddDays(-9.5));
        using var retention = Retention(10);
        await retention.StartAsync(CancellationToken.None);
        Assert.Equal(["ages"], Kept());

        Time.Advance(TimeSpan.FromDays(1));

        Assert.Empty(Kept());
    }

    [Fact]
    public async Task Retention_LeavesTemplateUseAndVotesAlone()
    {
        Store.RecordTemplateUse(new TemplateUseEvent(Now.AddDays(-200), "u1", "templates/en/eta", TemplateAction.Copied, null));
        using var retention = Retention(90);

        await retention.StartAsync(CancellationToken.None);

        Assert.Single(Store.MostUsedTemplates(new InsightPeriod(Now.AddYears(-1), Now), 10));
    }

    [Fact]
    public async Task ADatabaseThatCannotBeOpened_DoesNotStopTheAppStarting()
    {
        var services = new ServiceCollection().AddSingleton<IInsightStore>(_ => throw new IOException("locked")).BuildServiceProvider();
        using var retention = new SearchLogRetention(services, Options.Create(new InsightsOptions()), Time, NullLogger<SearchLogRetention>.Instance);

        await retention.StartAsync(CancellationToken.None);

        Assert.Equal(0, retention.Sweep());
    }
}

// The same tests on each provider: xunit runs the inherited facts once per concrete class.
public sealed class SearchLogRetentionOnLiteDbTests() : SearchLogRetentionTests(TestStorage.LiteDb());

public sealed class SearchLogRetentionOnPostgresTests(TemporaryPostgres postgres) : SearchLogRetentionTests(TestStorage.Postgres(postgres)), IClassFixture<TemporaryPostgres>;
