using KnowledgeBase.Cluster.Changes;
using Npgsql;

namespace KnowledgeBase.Cluster;

/// <summary>
/// The connections a node opens to the shared PostgreSQL: pooled ones for saves, one kept open for
/// listening, and unpooled ones for session locks (closing such a connection ends its session, so
/// a lock can never outlive it in a pool). Creates the cluster's own tables on first use.
/// </summary>
internal sealed class ClusterDatabase : IAsyncDisposable, IDisposable
{
    /// <summary>The listening connection's application name, as <c>pg_stat_activity</c> shows it.</summary>
    public const string ListenerName = "knowledgebase-listener";

    private readonly NpgsqlDataSource _pooled;
    private readonly NpgsqlDataSource _unpooled;
    private readonly NpgsqlDataSource _listener;
    private readonly Lock _schemaGate = new();
    private volatile bool _schemaReady;

    public ClusterDatabase(string connectionString, int keepAliveSeconds = 5)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { KeepAlive = keepAliveSeconds, TcpKeepAlive = true };
        _pooled = NpgsqlDataSource.Create(builder.ConnectionString);
        builder.Pooling = false;
        _unpooled = NpgsqlDataSource.Create(builder.ConnectionString);
        builder.ApplicationName = ListenerName;
        _listener = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    /// <summary>A pooled connection, with the cluster's tables in place.</summary>
    public NpgsqlConnection Open()
    {
        var connection = _pooled.OpenConnection();
        try
        {
            EnsureSchema(connection);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>A connection of its own (not pooled), for listening.</summary>
    public async Task<NpgsqlConnection> OpenListenerAsync(CancellationToken cancellationToken)
    {
        var connection = await _listener.OpenConnectionAsync(cancellationToken);
        try
        {
            EnsureSchema(connection);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>A connection of its own (not pooled), for holding a session lock.</summary>
    public NpgsqlConnection OpenOwn() => _unpooled.OpenConnection();

    public void Dispose()
    {
        _pooled.Dispose();
        _unpooled.Dispose();
        _listener.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await _pooled.DisposeAsync();
        await _unpooled.DisposeAsync();
        await _listener.DisposeAsync();
    }

    private void EnsureSchema(NpgsqlConnection connection)
    {
        if (_schemaReady)
        {
            return;
        }

        lock (_schemaGate)
        {
            if (!_schemaReady)
            {
                ChangeLogSchema.Ensure(connection);
                _schemaReady = true;
            }
        }
    }
}
