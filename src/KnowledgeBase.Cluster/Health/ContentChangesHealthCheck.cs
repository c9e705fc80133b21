using KnowledgeBase.Cluster.Changes;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeBase.Cluster.Health;

/// <summary>
/// Ready once this node has caught up with the other nodes' saves since it started. While its
/// connection is being re-established it is Degraded (still 200): it serves what it has, and
/// saves answer that the shared database is away.
/// </summary>
internal sealed class ContentChangesHealthCheck(ContentChangeListener listener) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(listener.State switch
        {
            ListenerState.Current => HealthCheckResult.Healthy(),
            ListenerState.Reconnecting => HealthCheckResult.Degraded("reconnecting to the shared database; content changes from other nodes wait"),
            _ => HealthCheckResult.Unhealthy("not yet caught up with the other nodes' content changes"),
        });
}
