using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Activity;
using KnowledgeBase.Storage.Audit;
using KnowledgeBase.Storage.Insights;
using KnowledgeBase.Storage.Onboarding;
using KnowledgeBase.Storage.Postgres.Accounts;
using KnowledgeBase.Storage.Postgres.Activity;
using KnowledgeBase.Storage.Postgres.Audit;
using KnowledgeBase.Storage.Postgres.Insights;
using KnowledgeBase.Storage.Postgres.Onboarding;
using KnowledgeBase.Storage.Postgres.Revisions;
using KnowledgeBase.Storage.Postgres.Tokens;
using KnowledgeBase.Storage.Postgres.Trash;
using KnowledgeBase.Storage.Revisions;
using KnowledgeBase.Storage.Tokens;
using KnowledgeBase.Storage.Trash;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeBase.Storage.Postgres.Hosting;

/// <summary>Registers the PostgreSQL provider.</summary>
public static class PostgresServiceCollectionExtensions
{
    /// <summary>
    /// The application name Data Protection isolates keys by. Fixed, so nodes installed in different
    /// folders read each other's cookies (the default is the content root's path).
    /// </summary>
    public const string DataProtectionApplicationName = "KnowledgeBase";

    /// <summary>
    /// Every store on PostgreSQL (replacing the LiteDB ones, in whichever order both are registered),
    /// the migrator as the start-up step, and the Data Protection key ring in the database.
    /// </summary>
    public static IServiceCollection AddKnowledgeBasePostgres(this IServiceCollection services, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.AddDbContextFactory<KnowledgeBaseDbContext>(options => options.UseNpgsql(connectionString));
        services.Replace(ServiceDescriptor.Singleton<IUserStore, PostgresUserStore>());
        services.Replace(ServiceDescriptor.Singleton<IAccessTokenStore, PostgresAccessTokenStore>());
        services.Replace(ServiceDescriptor.Singleton<IAuditStore, PostgresAuditStore>());
        services.Replace(ServiceDescriptor.Singleton<IRevisionStore, PostgresRevisionStore>());
        services.Replace(ServiceDescriptor.Singleton<ITrashStore, PostgresTrashStore>());
        services.Replace(ServiceDescriptor.Singleton<IActivityStore, PostgresActivityStore>());
        services.Replace(ServiceDescriptor.Singleton<IOnboardingStore, PostgresOnboardingStore>());
        services.Replace(ServiceDescriptor.Singleton<IInsightStore, PostgresInsightStore>());
        services.TryAddSingleton<PostgresMigrator>();
        services.TryAddSingleton<Copy.PostgresCopy>();
        services.Replace(ServiceDescriptor.Singleton<IDatabaseStartup>(provider => provider.GetRequiredService<PostgresMigrator>()));
        services.AddDataProtection()
            .SetApplicationName(DataProtectionApplicationName)
            .PersistKeysToDbContext<KnowledgeBaseDbContext>();
        return services;
    }
}
