using KnowledgeBase.Cluster.Changes;
using KnowledgeBase.Cluster.Health;
using KnowledgeBase.TestSupport.Postgres;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeBase.Cluster.Tests.Health;

/// <summary>The readiness of a node in a cluster follows its connection to the change log.</summary>
public sealed class ContentChangesHealthCheckTests(TemporaryPostgres postgres) : IClassFixture<TemporaryPostgres>
{
    [Fact]
    public async Task Node_IsUnhealthy_UntilCaughtUp_Degraded_WhileReconnecting_AndHealthy_Again()
    {
        await using var node = new ClusterNode("node-b", postgres.CreateDatabase(), content => content.Write("articles/en/a.md", "---\ntitle: A\n---\nA.\n"));
        var check = new ContentChangesHealthCheck(node.Listener);
        var states = new List<(ListenerState State, HealthStatus Health)>();
        var current = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reconnecting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var again = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        node.Listener.StateChanged += state =>
        {
            // Runs on the listener's loop, before it goes on: what the check says in this very state.
            var health = check.CheckHealthAsync(new HealthCheckContext()).GetAwaiter().GetResult().Status;
            lock (states)
            {
                states.Add((state, health));
            }

            (state == ListenerState.Reconnecting ? reconnecting : current.Task.IsCompleted ? again : current).TrySetResult();
        };

        var before = (await check.CheckHealthAsync(new HealthCheckContext())).Status;
        await node.StartAsync();
        await current.Task.WaitAsync(TimeSpan.FromSeconds(20));
        node.DropListeningConnection();
        await reconnecting.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await again.Task.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(HealthStatus.Unhealthy, before);
        Assert.Equal(
            [(ListenerState.Current, HealthStatus.Healthy), (ListenerState.Reconnecting, HealthStatus.Degraded), (ListenerState.Current, HealthStatus.Healthy)],
            states);
    }

    [Fact]
    public async Task Node_WhoseDatabaseDoesNotAnswer_StaysUnhealthy()
    {
        await using var node = new ClusterNode("offline", "Host=127.0.0.1;Port=1;Username=x;Password=x;Timeout=2", content => content.Write("articles/en/a.md", "---\ntitle: A\n---\nA.\n"));
        var check = new ContentChangesHealthCheck(node.Listener);

        await node.StartAsync();
        var health = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, health.Status);
        Assert.Equal(ListenerState.Starting, node.Listener.State);
    }
}
