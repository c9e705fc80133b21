using KnowledgeBase.Cluster.Jobs;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Storage;
using KnowledgeBase.Storage.Insights;
using KnowledgeBase.TestSupport.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeBase.Cluster.Tests.Jobs;

/// <summary>The search-log retention sweep runs on the node that holds the jobs' lock, and only there.</summary>
public sealed class RetentionOnOneNodeTests(TemporaryPostgres postgres) : IClassFixture<TemporaryPostgres>, IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "kb-tests", "retention-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Sweep_OnTheNodeThatDoesNotLead_DeletesNothing_AndOnTheLeader_DeletesWhatIsOld()
    {
        var connection = postgres.CreateDatabase();
        using var leaderDatabase = new ClusterDatabase(connection);
        using var followerDatabase = new ClusterDatabase(connection);
        using var leader = new PostgresJobLeadership(leaderDatabase, NullLogger<PostgresJobLeadership>.Instance);
        using var follower = new PostgresJobLeadership(followerDatabase, NullLogger<PostgresJobLeadership>.Instance);
        Assert.True(leader.TryLead());
        using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(KnowledgeBasePaths.Resolve(_data, _data))
            .AddKnowledgeBaseStorage()
            .AddKnowledgeBaseInsights()
            .BuildServiceProvider();
        var insights = services.GetRequiredService<InsightStore>();
        insights.RecordSearch(new SearchEvent(Guid.NewGuid(), DateTimeOffset.UtcNow.AddDays(-400), "u1", "old query", "en", 1));
        var options = Microsoft.Extensions.Options.Options.Create(new InsightsOptions());
        var onFollower = new SearchLogRetention(services, options, TimeProvider.System, NullLogger<SearchLogRetention>.Instance, follower);
        var onLeader = new SearchLogRetention(services, options, TimeProvider.System, NullLogger<SearchLogRetention>.Instance, leader);

        var deleted = (onFollower.Sweep(), onLeader.Sweep());

        Assert.Equal((0, 1), deleted);
    }

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
