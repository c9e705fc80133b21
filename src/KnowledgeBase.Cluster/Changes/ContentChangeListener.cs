using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace KnowledgeBase.Cluster.Changes;

/// <summary>
/// Keeps this node current with the other nodes' saves: on a connection of its own it LISTENs, then
/// catches up from the last change applied here, and again at every notification. When the
/// connection drops it reconnects with backoff (doubling up to <see cref="ClusterOptions.MaxReconnectDelay"/>)
/// and catches up from the last applied id, so nothing is missed while it was away.
/// </summary>
internal sealed partial class ContentChangeListener(
    ClusterDatabase database,
    ChangeApplier applier,
    IOptions<ClusterOptions> options,
    TimeProvider time,
    ILogger<ContentChangeListener> logger) : BackgroundService
{
    private volatile ListenerState _state = ListenerState.Starting;

    public ListenerState State => _state;

    /// <summary>Raised when <see cref="State"/> changes (tests wait on it).</summary>
    internal event Action<ListenerState>? StateChanged;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = options.Value.ReconnectDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken, () => delay = options.Value.ReconnectDelay);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                if (_state == ListenerState.Current)
                {
                    Become(ListenerState.Reconnecting);
                }

                LogDropped(logger, e, delay.TotalSeconds);
                try
                {
                    await Task.Delay(delay, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.Value.MaxReconnectDelay.Ticks));
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken, Action connected)
    {
        await using var connection = await database.OpenListenerAsync(stoppingToken);
        var notified = new NotificationFlag();
        connection.Notification += (_, _) => notified.Set();
        await using (var listen = new NpgsqlCommand($"LISTEN {ChangeLogSchema.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        await applier.RecoverUnfinishedSaveAsync(connection, stoppingToken);
        while (true)
        {
            notified.Clear();
            await applier.CatchUpAsync(connection, stoppingToken);
            if (_state != ListenerState.Current)
            {
                Become(ListenerState.Current);
                connected();
                LogCurrent(logger);
            }

            // A notification read during the catch-up may be of a change its query did not see yet.
            if (!notified.IsSet)
            {
                await connection.WaitAsync(stoppingToken);
            }
        }
    }

    private void Become(ListenerState state)
    {
        _state = state;
        StateChanged?.Invoke(state);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for content changes from other nodes; caught up")]
    private static partial void LogCurrent(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The connection for content changes failed; reconnecting in {Seconds} s")]
    private static partial void LogDropped(ILogger logger, Exception exception, double seconds);

    /// <summary>A flag set from the connection's notification event.</summary>
    private sealed class NotificationFlag
    {
        private int _value;

        public bool IsSet => Volatile.Read(ref _value) == 1;

        public void Set() => Interlocked.Exchange(ref _value, 1);

        public void Clear() => Interlocked.Exchange(ref _value, 0);
    }
}
