using KnowledgeBase.Cluster.Jobs;
using KnowledgeBase.TestSupport.Postgres;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeBase.Cluster.Tests.Jobs;

/// <summary>The background jobs' advisory lock between two nodes on a real PostgreSQL.</summary>
public sealed class JobLeadershipTests(TemporaryPostgres postgres) : IClassFixture<TemporaryPostgres>
{
    [Fact]
    public void OneNodeLeads_TheOtherTakesOver_OnlyOnceTheFirstLetGo()
    {
        var connection = postgres.CreateDatabase();
        using var databaseA = new ClusterDatabase(connection);
        using var databaseB = new ClusterDatabase(connection);
        var a = new PostgresJobLeadership(databaseA, NullLogger<PostgresJobLeadership>.Instance);
        using var b = new PostgresJobLeadership(databaseB, NullLogger<PostgresJobLeadership>.Instance);

        var first = (a.TryLead(), b.TryLead(), a.TryLead());
        a.Dispose();
        var after = b.TryLead();

        Assert.Equal((true, false, true), first);
        Assert.True(after);
    }

    [Fact]
    public void WithoutADatabase_NoNodeLeads()
    {
        using var database = new ClusterDatabase("Host=127.0.0.1;Port=1;Username=x;Password=x;Timeout=2");
        using var leadership = new PostgresJobLeadership(database, NullLogger<PostgresJobLeadership>.Instance);

        Assert.False(leadership.TryLead());
    }
}
