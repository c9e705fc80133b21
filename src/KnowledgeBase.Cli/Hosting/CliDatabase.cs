using KnowledgeBase.Application.Storage;
using KnowledgeBase.Storage;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Audit;
using KnowledgeBase.Storage.Tokens;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace KnowledgeBase.Cli.Hosting;

/// <summary>Runs a command against the app's database, with the same answers when it cannot be opened.</summary>
internal static class CliDatabase
{
    /// <summary>
    /// Runs <paramref name="action"/> on the stores of the configured provider: the data folder's LiteDB
    /// file (<paramref name="file"/>), or PostgreSQL (<c>KnowledgeBase__Database__Provider=Postgres</c>),
    /// where accounts go while the app runs, since every node shares them.
    /// </summary>
    public static int UseStores(CliConsole console, string file, string inAppAlternative, Func<CliStores, int> action)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(action);
        var settings = console.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(settings.ConnectionString))
            {
                console.Error.WriteLine("error: KnowledgeBase__Database__Provider is Postgres, but KnowledgeBase__Database__ConnectionString is not set");
                return ExitCodes.Usage;
            }

            return UsePostgres(console, settings.ConnectionString, services =>
            {
                services.GetRequiredService<IDatabaseStartup>().Start();
                return Guarded(console, () => action(new CliStores(
                    services.GetRequiredService<IUserStore>(),
                    services.GetRequiredService<IAuditStore>(),
                    services.GetRequiredService<IAccessTokenStore>(),
                    "the PostgreSQL database")));
            });
        }

        return Use(console, file, inAppAlternative, database =>
            action(new CliStores(new UserStore(database), new AuditStore(database), new AccessTokenStore(database), console.Display(file))));
    }

    /// <summary>Composes the PostgreSQL provider as the app does, and runs <paramref name="action"/> with it.</summary>
    public static int UsePostgres(CliConsole console, string connectionString, Func<IServiceProvider, int> action)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(action);
        var services = new ServiceCollection();
        services.AddSingleton(console.Time);
        try
        {
            services.AddKnowledgeBaseDatabase(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = new NpgsqlConnectionStringBuilder(connectionString).ConnectionString });
        }
        catch (ArgumentException e)
        {
            console.Error.WriteLine($"error: not a valid PostgreSQL connection string: {e.Message}");
            return ExitCodes.Usage;
        }

        using var provider = services.BuildServiceProvider();
        try
        {
            return action(provider);
        }
        catch (Exception e) when (e is NpgsqlException || e.GetBaseException() is NpgsqlException or System.Net.Sockets.SocketException)
        {
            console.Error.WriteLine($"error: PostgreSQL could not be reached or refused the work: {e.GetBaseException().Message}");
            return ExitCodes.NotFound;
        }
    }

    private static int Guarded(CliConsole console, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (AccountException e)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.NotFound;
        }
    }

    /// <param name="inAppAlternative">What to do in the running app instead, for the "in use" message ("add users on /admin/users in the app").</param>
    public static int Use(CliConsole console, string file, string inAppAlternative, Func<KnowledgeBaseDatabase, int> action)
    {
        KnowledgeBaseDatabase database;
        try
        {
            database = KnowledgeBaseDatabase.Open(file);
        }
        catch (DatabaseInUseException)
        {
            // Two processes writing one LiteDB file would corrupt it; the web app holds it while it runs.
            console.Error.WriteLine($"error: the database {console.Display(file)} is in use, probably by the running web app: stop the app and try again, or {inAppAlternative}");
            return ExitCodes.NotFound;
        }
        catch (DatabaseUnavailableException e)
        {
            // Read-only folder, damaged file, I/O error: the message names the cause and the way out.
            console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.NotFound;
        }

        using (database)
        {
            try
            {
                return action(database);
            }
            catch (AccountException e)
            {
                console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.NotFound;
            }
        }
    }
}
