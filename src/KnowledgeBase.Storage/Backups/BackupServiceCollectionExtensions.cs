using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeBase.Storage.Backups;

/// <summary>Registers backups. Needs <see cref="ServiceCollectionExtensions.AddKnowledgeBaseStorage"/>.</summary>
public static class BackupServiceCollectionExtensions
{
    /// <summary>
    /// The backup writer, the schedule and the socket <c>kb backup</c> asks through; bind
    /// <see cref="BackupOptions"/> from <see cref="BackupOptions.SectionName"/>.
    /// </summary>
    public static IServiceCollection AddKnowledgeBaseBackups(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<BackupOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DataBackup>();
        services.AddSingleton<ScheduledBackups>();
        services.AddHostedService(provider => provider.GetRequiredService<ScheduledBackups>());
        services.AddSingleton<BackupRequestListener>();
        services.AddHostedService(provider => provider.GetRequiredService<BackupRequestListener>());
        return services;
    }
}
