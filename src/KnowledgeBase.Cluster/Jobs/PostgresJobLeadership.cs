using KnowledgeBase.Storage.Jobs;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace KnowledgeBase.Cluster.Jobs;

/// <summary>
/// Several nodes: the node that holds a PostgreSQL session advisory lock runs the background jobs.
/// The lock lives as long as the connection that took it (unpooled, so closing it ends the session):
/// a node that stops or loses its connection lets go, and the next node that asks takes over. The
/// holder checks its connection before every job, so it never runs one after it lost the lock.
/// </summary>
internal sealed partial class PostgresJobLeadership(ClusterDatabase database, ILogger<PostgresJobLeadership> logger) : IJobLeadership, IDisposable
{
    /// <summary>The advisory lock's key: "kbJOBS".</summary>
    public const long LockKey = 0x6B62_4A4F_4253;

    private readonly Lock _gate = new();
    private NpgsqlConnection? _held;

    public bool TryLead()
    {
        lock (_gate)
        {
            if (_held is not null)
            {
                if (StillHeld(_held))
                {
                    return true;
                }

                _held.Dispose();
                _held = null;
                LogLost(logger);
            }

            NpgsqlConnection? connection = null;
            try
            {
                connection = database.OpenOwn();
                using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
                command.Parameters.AddWithValue("key", LockKey);
                if (command.ExecuteScalar() is true)
                {
                    (_held, connection) = (connection, null);
                    LogTaken(logger);
                    return true;
                }

                return false;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                // No database, no lead: a job skipped now runs at its next turn on whichever node leads then.
                LogUnavailable(logger, e);
                return false;
            }
            finally
            {
                connection?.Dispose();
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _held?.Dispose();
            _held = null;
        }
    }

    private static bool StillHeld(NpgsqlConnection connection)
    {
        try
        {
            using var command = new NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted", connection);
            return command.ExecuteScalar() is long count && count > 0;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "This node now runs the background jobs (retention, scheduled backups)")]
    private static partial void LogTaken(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "This node lost the lock of the background jobs (its database connection ended); another node takes them over")]
    private static partial void LogLost(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not ask PostgreSQL who runs the background jobs; skipping this turn")]
    private static partial void LogUnavailable(ILogger logger, Exception exception);
}
