using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace KnowledgeBase.TestSupport.Postgres;

/// <summary>
/// The one PostgreSQL server of a test run: the one <c>KB_TEST_POSTGRES</c> names, else a throwaway
/// cluster made with <c>initdb</c> in a temporary folder, listening on 127.0.0.1 on a free port, and
/// stopped and deleted when the test process exits. Started on first use; shared by every test class,
/// each of which gets its own database (<see cref="TemporaryPostgres"/>).
/// </summary>
internal sealed class PostgresServer
{
    /// <summary>The environment variable naming an existing server (a connection string whose user may create databases).</summary>
    public const string EnvironmentVariable = "KB_TEST_POSTGRES";

    private static readonly TimeSpan ProgramTimeout = TimeSpan.FromMinutes(2);
    private static readonly Lazy<PostgresServer> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string? _folder;
    private readonly string? _binaries;

    private PostgresServer(string maintenanceConnectionString, string? folder, string? binaries)
    {
        MaintenanceConnectionString = maintenanceConnectionString;
        _folder = folder;
        _binaries = binaries;
    }

    /// <summary>A connection string to the server's <c>postgres</c> database, where databases are made and dropped.</summary>
    public string MaintenanceConnectionString { get; }

    /// <summary>The server, started on first use.</summary>
    /// <exception cref="InvalidOperationException">PostgreSQL is not installed, or the cluster did not start.</exception>
    public static PostgresServer Instance => Shared.Value;

    private static PostgresServer Start()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } external)
        {
            var builder = new NpgsqlConnectionStringBuilder(external) { Database = "postgres" };
            return new PostgresServer(builder.ConnectionString, null, null);
        }

        var binaries = PostgresBinaries.Folder();
        var folder = Path.Combine(Path.GetTempPath(), "kb-postgres-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        try
        {
            if (PostgresProcess.IsRoot)
            {
                // initdb refuses root: the cluster belongs to the postgres OS user, in a folder it owns.
                PostgresProcess.Run("chown", ["postgres:postgres", folder], ProgramTimeout, asServerUser: false);
            }

            var data = Path.Combine(folder, "data");
            const string superuser = "kb_test";
            PostgresProcess.Run(Path.Combine(binaries, "initdb"),
                ["-D", data, "-U", superuser, "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"], ProgramTimeout);
            var port = FreePort();

            // Durability is not what a throwaway test server is for: without fsync it is several times faster.
            var settings = $"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={folder} " +
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
            PostgresProcess.Run(Path.Combine(binaries, "pg_ctl"),
                ["-D", data, "-l", Path.Combine(folder, "server.log"), "-o", settings, "-w", "-t", "60", "start"], ProgramTimeout);
            var server = new PostgresServer(
                new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = superuser, Database = "postgres" }.ConnectionString,
                folder,
                binaries);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
            return server;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            var log = Path.Combine(folder, "server.log");
            var detail = File.Exists(log) ? "\nserver log:\n" + File.ReadAllText(log) : string.Empty;
            DeleteQuietly(folder);
            throw new InvalidOperationException($"Could not start a throwaway PostgreSQL cluster with {binaries}: {e.Message}{detail}", e);
        }
    }

    /// <summary>Stops the throwaway cluster at once and deletes its folder; an external server is left alone.</summary>
    private void Stop()
    {
        if (_folder is null || _binaries is null)
        {
            return;
        }

        try
        {
            NpgsqlConnection.ClearAllPools();
            PostgresProcess.Run(Path.Combine(_binaries, "pg_ctl"), ["-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop"], ProgramTimeout);
        }
        catch (InvalidOperationException)
        {
            // Already stopped; the folder still goes.
        }

        DeleteQuietly(_folder);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
