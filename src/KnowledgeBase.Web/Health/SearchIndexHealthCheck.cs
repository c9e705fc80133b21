using KnowledgeBase.Search.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Health;

/// <summary>
/// Ready when the search index is current with the content folder: the first load is indexed, and
/// no change has waited for the index longer than <see cref="HealthOptions.MaxIndexLag"/> (a change
/// being applied right now does not take the node out of rotation; an index stuck behind does).
/// Reads in-memory state only, so load balancers may ask every second.
/// </summary>
internal sealed class SearchIndexHealthCheck(ContentPipeline pipeline, IOptions<HealthOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var ready = pipeline.Ready;
        var result = ready.IsCompletedSuccessfully
            ? pipeline.Lag <= options.Value.MaxIndexLag
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"content changes have waited {pipeline.Lag.TotalSeconds:0.#} s for the search index")
            : HealthCheckResult.Unhealthy(ready.IsFaulted ? "indexing the content folder failed" : "the content folder is still being indexed");
        return Task.FromResult(result);
    }
}
