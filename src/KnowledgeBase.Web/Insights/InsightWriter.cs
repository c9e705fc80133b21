using System.Threading.Channels;
using KnowledgeBase.Storage.Insights;

namespace KnowledgeBase.Web.Insights;

/// <summary>
/// Writes insight events one after another in the background, off the agent's path: a slow or
/// failing database costs the agent nothing (failures are logged and the event is dropped). One
/// queue keeps the order, so "opened" always follows the search it belongs to. A hosted service:
/// events queued before start wait for it, and stopping writes what is queued (within the host's
/// shutdown timeout) before the database closes.
/// </summary>
public sealed class InsightWriter(IServiceProvider services, ILogger<InsightWriter> logger) : BackgroundService
{
    private readonly Channel<Item> _queue = Channel.CreateUnbounded<Item>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IServiceProvider _services = services;
    private readonly ILogger<InsightWriter> _logger = logger;
    private IInsightStore? _store;

    /// <summary>Queues a write; returns at once.</summary>
    public void Enqueue(Func<IInsightStore, Task> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (!_queue.Writer.TryWrite(new Item(write, null)))
        {
            _logger.LogWarning("Insight event dropped: the writer is shutting down");
        }
    }

    /// <summary>Completes when everything queued before the call is written (tests, shutdown).</summary>
    public Task FlushAsync()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return _queue.Writer.TryWrite(new Item(null, done)) ? done.Task : Task.CompletedTask;
    }

    // The stopping token is not used: stopping completes the queue, and the loop ends once it is drained.
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await foreach (var item in _queue.Reader.ReadAllAsync())
        {
            if (item.Write is { } write)
            {
                try
                {
                    // Resolved here, not in the constructor: a database that cannot be opened must not
                    // stop the pages that record from rendering.
                    _store ??= _services.GetRequiredService<IInsightStore>();
                    await write(_store);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    _logger.LogError(e, "Could not record an insight event");
                }
            }

            item.Done?.TrySetResult();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Drain before the base class cancels: since .NET 10 ExecuteAsync starts on the thread pool,
        // and cancelling first could stop a loop that has not begun, losing what is queued.
        _queue.Writer.TryComplete();
        if (ExecuteTask is { } pump)
        {
            try
            {
                await pump.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                _logger.LogWarning("Insight events still queued at shutdown were not written");
            }
        }

        await base.StopAsync(cancellationToken);
    }

    private sealed record Item(Func<IInsightStore, Task>? Write, TaskCompletionSource? Done);
}
