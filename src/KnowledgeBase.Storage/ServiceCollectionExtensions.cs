using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Activity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace KnowledgeBase.Storage;

/// <summary>Registers the database and its stores.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>The database file under the data folder (<see cref="KnowledgeBasePaths.DatabaseFile"/>), opened on first use, and its stores.</summary>
    public static IServiceCollection AddKnowledgeBaseStorage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        // TryAdd: several features may call this; the file must still be opened only once.
        services.TryAddSingleton(provider => KnowledgeBaseDatabase.Open(
            provider.GetRequiredService<KnowledgeBasePaths>().DatabaseFile,
            provider.GetService<ILoggerFactory>()?.CreateLogger<KnowledgeBaseDatabase>()));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDatabaseStartup, LiteDbStartup>();
        Add<IUserStore, UserStore>(services);
        Add<IActivityStore, ActivityStore>(services);
        Add<Audit.IAuditStore, Audit.AuditStore>(services);
        Add<Revisions.IRevisionStore, Revisions.RevisionStore>(services);
        Add<Trash.ITrashStore, Trash.TrashStore>(services);
        Add<Onboarding.IOnboardingStore, Onboarding.OnboardingStore>(services);
        Add<Tokens.IAccessTokenStore, Tokens.AccessTokenStore>(services);
        return services;
    }

    // The app depends on the interface; another provider registered first keeps it (TryAdd). The LiteDB
    // class is registered too, for what is LiteDB's own (backups, tests).
    internal static void Add<TService, TImplementation>(IServiceCollection services)
        where TService : class
        where TImplementation : class, TService
    {
        services.TryAddSingleton<TImplementation>();
        services.TryAddSingleton<TService>(provider => provider.GetRequiredService<TImplementation>());
    }
}
