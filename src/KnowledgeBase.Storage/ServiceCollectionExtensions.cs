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
        services.TryAddSingleton<UserStore>();
        services.TryAddSingleton<ActivityStore>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<Audit.AuditStore>();
        services.TryAddSingleton<Revisions.RevisionStore>();
        services.TryAddSingleton<Trash.TrashStore>();
        services.TryAddSingleton<Onboarding.OnboardingStore>();
        services.TryAddSingleton<Tokens.AccessTokenStore>();
        return services;
    }
}
