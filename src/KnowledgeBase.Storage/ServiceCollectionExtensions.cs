using KnowledgeBase.Content.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Storage;

/// <summary>Registers the database and its stores.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>The database file under the data folder (<see cref="KnowledgeBasePaths.DatabaseFile"/>), opened on first use.</summary>
    public static IServiceCollection AddKnowledgeBaseStorage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(provider => KnowledgeBaseDatabase.Open(provider.GetRequiredService<KnowledgeBasePaths>().DatabaseFile));
        services.AddSingleton<Revisions.RevisionStore>();
        services.AddSingleton<Trash.TrashStore>();
        services.AddSingleton<Authoring.AuthoringService>();
        return services;
    }
}
