using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Activity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeBase.Storage;

/// <summary>Registers the database and its stores.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>The database file under the data folder (<see cref="KnowledgeBasePaths.DatabaseFile"/>), opened on first use, and its stores.</summary>
    public static IServiceCollection AddKnowledgeBaseStorage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(provider => KnowledgeBaseDatabase.Open(provider.GetRequiredService<KnowledgeBasePaths>().DatabaseFile));
        services.AddSingleton<UserStore>();
        services.AddSingleton<ActivityStore>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new AccountOptions());
        services.AddSingleton<AccountService>();
        return services;
    }
}
