using Npgsql;

namespace KnowledgeBase.TestSupport.Postgres;

/// <summary>
/// A fresh, empty PostgreSQL database for one test class (use it as an <c>IClassFixture</c>), dropped
/// when the class is done. The server is the one <c>KB_TEST_POSTGRES</c> names (a connection string
/// whose user may create databases), else a throwaway cluster this process starts with <c>initdb</c>
/// and <c>pg_ctl</c> on 127.0.0.1 and deletes at exit. Without PostgreSQL installed it fails, saying
/// how to install it: a storage suite that skips its second provider would pass without testing it.
/// </summary>
public sealed class TemporaryPostgres : IDisposable
{
    private readonly PostgresServer _server;
    private readonly List<string> _extra = [];
    private bool _disposed;

    public TemporaryPostgres()
    {
        _server = PostgresServer.Instance;
        DatabaseName = "kb_test_" + Guid.NewGuid().ToString("N")[..16];
        Execute(_server.MaintenanceConnectionString, $"CREATE DATABASE \"{DatabaseName}\"");
        ConnectionString = new NpgsqlConnectionStringBuilder(_server.MaintenanceConnectionString) { Database = DatabaseName }.ConnectionString;
    }

    /// <summary>This class's own database.</summary>
    public string DatabaseName { get; }

    /// <summary>An Npgsql connection string to <see cref="DatabaseName"/>.</summary>
    public string ConnectionString { get; }

    /// <summary>
    /// Another fresh, empty database on the same server, dropped with this fixture: for a test that
    /// needs an empty one after others in its class wrote to theirs.
    /// </summary>
    public string CreateDatabase()
    {
        var name = DatabaseName + "_" + Guid.NewGuid().ToString("N")[..8];
        Execute(_server.MaintenanceConnectionString, $"CREATE DATABASE \"{name}\"");
        _extra.Add(name);
        return new NpgsqlConnectionStringBuilder(_server.MaintenanceConnectionString) { Database = name }.ConnectionString;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var name in _extra.Prepend(DatabaseName))
        {
            Drop(name);
        }
    }

    private void Drop(string name)
    {
        // Pooled connections to it would fail later; FORCE ends those of other processes (an app under test).
        NpgsqlConnection.ClearPool(new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server.MaintenanceConnectionString) { Database = name }.ConnectionString));
        Execute(_server.MaintenanceConnectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
