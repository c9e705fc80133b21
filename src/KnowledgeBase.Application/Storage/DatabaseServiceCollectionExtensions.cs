using KnowledgeBase.Storage;
using KnowledgeBase.Storage.Postgres.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeBase.Application.Storage;

/// <summary>
/// The one place the database provider is chosen (<c>KnowledgeBase:Database:Provider</c>): the web app,
/// <c>kb</c> and the tests all compose through here.
/// </summary>
public static class DatabaseServiceCollectionExtensions
{
    /// <summary>The database settings, checked: PostgreSQL needs a connection string.</summary>
    /// <exception cref="InvalidOperationException">Provider is Postgres and no connection string is set.</exception>
    public static DatabaseOptions ReadDatabaseOptions(this IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new InvalidOperationException(
                $"{DatabaseOptions.SectionName}:Provider is Postgres, but {DatabaseOptions.SectionName}:ConnectionString is not set " +
                "(e.g. KnowledgeBase__Database__ConnectionString=\"Host=db;Database=knowledgebase;Username=kb;Password=…\").");
        }

        return options;
    }

    /// <summary>The stores on the configured provider, and the application services over them.</summary>
    public static DatabaseOptions AddKnowledgeBaseDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = configuration.ReadDatabaseOptions();
        services.AddKnowledgeBaseDatabase(options);
        return options;
    }

    /// <summary>The stores on the provider <paramref name="options"/> name, and the application services over them.</summary>
    public static IServiceCollection AddKnowledgeBaseDatabase(this IServiceCollection services, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.TryAddSingleton(options);
        if (options.Provider == DatabaseProvider.Postgres)
        {
            services.AddKnowledgeBasePostgres(options.ConnectionString!);
        }

        // The LiteDB stores come with it, registered only where no provider has registered one (TryAdd).
        services.AddKnowledgeBaseApplication();
        return services;
    }
}
