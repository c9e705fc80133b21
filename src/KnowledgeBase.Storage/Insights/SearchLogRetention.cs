using KnowledgeBase.Storage.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Storage.Insights;

/// <summary>
/// Keeps the search log short: at start and then once a day, deletes search events older than
/// <see cref="InsightsOptions.SearchLogRetentionDays"/>. Queries are what agents typed, and may
/// hold a name or an order number now and then, so they are not kept longer than needed.
/// With several nodes, only the one that leads the background jobs sweeps.
/// </summary>
public sealed class SearchLogRetention(
    IServiceProvider services,
    IOptions<InsightsOptions> options,
    TimeProvider time,
    ILogger<SearchLogRetention> logger,
    IJobLeadership? leadership = null) : IHostedService, IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromDays(1);
    private ITimer? _timer;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Sweep();
        _timer = time.CreateTimer(_ => Sweep(), null, Interval, Interval);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    /// <summary>Deletes what is past retention now; returns how many searches went.</summary>
    public int Sweep()
    {
        try
        {
            if (leadership is not null && !leadership.TryLead())
            {
                // Another node runs the jobs; the sweep deletes for every node's searches alike.
                return 0;
            }

            // Resolved here, not injected: a database that cannot be opened must not stop the app starting.
            var store = services.GetRequiredService<IInsightStore>();
            var days = Math.Max(1, options.Value.SearchLogRetentionDays);
            var deleted = store.DeleteSearchesBefore(time.GetUtcNow().AddDays(-days));
            if (deleted > 0)
            {
                logger.LogInformation("Deleted {Count} search events older than {Days} days", deleted, days);
            }

            return deleted;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A failed sweep is retried tomorrow; it must not stop the app.
            logger.LogError(e, "Could not delete old search events");
            return 0;
        }
    }

    public void Dispose() => _timer?.Dispose();
}
