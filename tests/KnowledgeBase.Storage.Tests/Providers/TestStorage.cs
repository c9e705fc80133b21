using KnowledgeBase.Application.Storage;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Activity;
using KnowledgeBase.Storage.Audit;
using KnowledgeBase.Storage.Insights;
using KnowledgeBase.Storage.Onboarding;
using KnowledgeBase.Storage.Postgres.Copy;
using KnowledgeBase.Storage.Revisions;
using KnowledgeBase.Storage.Tokens;
using KnowledgeBase.Storage.Trash;
using KnowledgeBase.TestSupport.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace KnowledgeBase.Storage.Tests.Providers;

/// <summary>
/// One provider's stores for one test, composed the way the app composes them
/// (<see cref="DatabaseServiceCollectionExtensions.AddKnowledgeBaseDatabase(IServiceCollection, DatabaseOptions)"/>):
/// a LiteDB file in a temporary folder, or a PostgreSQL database of the test class
/// (<see cref="TemporaryPostgres"/>), migrated and emptied for each test.
/// </summary>
public sealed class TestStorage : IDisposable
{
    private readonly DatabaseOptions _options;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kb-tests", "storage-" + Guid.NewGuid().ToString("N"));
    private ServiceProvider _services;

    private TestStorage(DatabaseOptions options)
    {
        _options = options;
        _services = Build();
    }

    public DatabaseProvider Provider => _options.Provider;

    /// <summary>The data folder (LiteDB's file is in it; with PostgreSQL only the trash would be).</summary>
    public KnowledgeBasePaths Paths => _services.GetRequiredService<KnowledgeBasePaths>();

    public IUserStore Users => _services.GetRequiredService<IUserStore>();

    public IAuditStore Audit => _services.GetRequiredService<IAuditStore>();

    public IAccessTokenStore Tokens => _services.GetRequiredService<IAccessTokenStore>();

    public IRevisionStore Revisions => _services.GetRequiredService<IRevisionStore>();

    public ITrashStore Trash => _services.GetRequiredService<ITrashStore>();

    public IActivityStore Activity => _services.GetRequiredService<IActivityStore>();

    public IOnboardingStore Onboarding => _services.GetRequiredService<IOnboardingStore>();

    public IInsightStore Insights => _services.GetRequiredService<IInsightStore>();

    public static TestStorage LiteDb() => new(new DatabaseOptions { Provider = DatabaseProvider.LiteDb });

    /// <summary>The class's PostgreSQL database, migrated and with every table emptied: each test starts from nothing.</summary>
    public static TestStorage Postgres(TemporaryPostgres database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var storage = new TestStorage(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = database.ConnectionString });
        using var connection = new NpgsqlConnection(database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"TRUNCATE {string.Join(", ", PostgresCopy.AppTables)} RESTART IDENTITY", connection);
        command.ExecuteNonQuery();
        return storage;
    }

    /// <summary>Settings for the class's PostgreSQL database, migrated and emptied, for a test that composes services itself.</summary>
    public static DatabaseOptions EmptyPostgres(TemporaryPostgres database)
    {
        using var storage = Postgres(database);
        return storage._options;
    }

    /// <summary>Throws the stores away and composes new ones over the same database: what was written must have been stored.</summary>
    public TestStorage Reopen()
    {
        _services.Dispose();
        _services = Build();
        return this;
    }

    public void Dispose()
    {
        _services.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private ServiceProvider Build()
    {
        var services = new ServiceCollection();
        services.AddSingleton(KnowledgeBasePaths.Resolve(Path.Combine(_folder, "content"), Path.Combine(_folder, "data")));
        services.AddKnowledgeBaseDatabase(_options);
        services.AddKnowledgeBaseInsights();
        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IDatabaseStartup>().Start();
        return provider;
    }
}
