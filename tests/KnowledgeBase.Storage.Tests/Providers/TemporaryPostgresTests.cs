using KnowledgeBase.TestSupport.Postgres;
using Npgsql;

namespace KnowledgeBase.Storage.Tests.Providers;

/// <summary>The fixture gives each test class a database of its own on a running server, and drops it afterwards.</summary>
public sealed class TemporaryPostgresTests
{
    [Fact]
    public void EachFixture_HasItsOwnEmptyDatabase_DroppedWhenDisposed()
    {
        string name;
        using (var first = new TemporaryPostgres())
        using (var second = new TemporaryPostgres())
        {
            Assert.NotEqual(first.DatabaseName, second.DatabaseName);
            Execute(first.ConnectionString, "CREATE TABLE t (x int); INSERT INTO t VALUES (1)");
            Assert.Equal(0L, Scalar(second.ConnectionString, "SELECT COUNT(*) FROM pg_tables WHERE tablename = 't'"));
            name = first.DatabaseName;
            var maintenance = new NpgsqlConnectionStringBuilder(first.ConnectionString) { Database = "postgres" }.ConnectionString;
            Assert.Equal(1L, Scalar(maintenance, $"SELECT COUNT(*) FROM pg_database WHERE datname = '{name}'"));
        }

        using var third = new TemporaryPostgres();
        var server = new NpgsqlConnectionStringBuilder(third.ConnectionString) { Database = "postgres" }.ConnectionString;
        Assert.Equal(0L, Scalar(server, $"SELECT COUNT(*) FROM pg_database WHERE datname = '{name}'"));
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static long Scalar(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return (long)command.ExecuteScalar()!;
    }
}
