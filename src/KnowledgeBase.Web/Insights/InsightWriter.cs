using System.Threading.Channels;
using KnowledgeBase.Storage.Insights;

namespace KnowledgeBase.Web.Insights;

/// <summary>
/// Writes insight events one after another on a background task, off the agent's path: a slow or
/// failing database costs the agent nothing (failures are logged and the event is dropped). One
/// queue keeps the order, so "opened" always follows the search it belongs to.
/// </summary>
public sealed class InsightWriter : IDisposable
{
    private static readonly TimeSpan DrainOnShutdown = TimeSpan.FromSeconds(5);

    private readonly Channel<Item> _queue = Channel.CreateUnbounded<Item>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IServiceProvider _services;
    private readonly ILogger<InsightWriter> _logger;
    private readonly Task _pump;
    private InsightStore? _store;

    public InsightWriter(IServiceProvider services, ILogger<InsightWriter> logger)
    {
        _services = services;
        _logger = logger;
        _pump = Task.Run(PumpAsync);
    }

    /// <summary>Queues a write; returns at once.</summary>
    public void Enqueue(Func<InsightStore, Task> write)
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

    private async Task PumpAsync()
    {
        await foreach (var item in _queue.Reader.ReadAllAsync())
        {
            if (item.Write is { } write)
            {
                try
                {
                    // Resolved here, not in the constructor: a database that cannot be opened must not
                    // stop the pages that record from rendering.
                    _store ??= _services.GetRequiredService<InsightStore>();
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

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        if (!_pump.Wait(DrainOnShutdown))
        {
            _logger.LogWarning("Insight events still queued at shutdown were not written");
        }
    }

    private sealed record Item(Func<InsightStore, Task>? Write, TaskCompletionSource? Done);
}
