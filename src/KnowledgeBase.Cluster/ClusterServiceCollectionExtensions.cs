using KnowledgeBase.Cluster.Changes;
using KnowledgeBase.Cluster.Health;
using KnowledgeBase.Cluster.Jobs;
using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Storage.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Cluster;

/// <summary>Registers what lets several nodes share one PostgreSQL; nothing at all with the LiteDB provider.</summary>
public static class ClusterServiceCollectionExtensions
{
    /// <summary>The provider key both storage and cluster read (<c>LiteDb</c>, the default, or <c>Postgres</c>).</summary>
    public const string ProviderKey = "KnowledgeBase:Database:Provider";

    public const string ConnectionStringKey = "KnowledgeBase:Database:ConnectionString";

    /// <summary>
    /// With <c>KnowledgeBase:Database:Provider</c> = <c>Postgres</c>: saves go through the shared change
    /// log, this node applies other nodes' changes, background jobs run where the advisory lock is,
    /// and a readiness check (tagged <paramref name="readyTag"/>) says whether the node caught up.
    /// Call after the application services: it replaces their single-node defaults.
    /// </summary>
    public static IServiceCollection AddKnowledgeBaseCluster(this IServiceCollection services, IConfiguration configuration, string readyTag)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (!IsPostgres(configuration))
        {
            return services;
        }

        var connectionString = configuration[ConnectionStringKey];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException($"{ProviderKey} is Postgres, but {ConnectionStringKey} is empty: set it to an Npgsql connection string.");
        }

        services.Configure<ClusterOptions>(configuration.GetSection(ClusterOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new ClusterDatabase(connectionString, provider.GetRequiredService<IOptions<ClusterOptions>>().Value.KeepAliveSeconds));
        services.AddSingleton<NodeContentGate>();
        services.AddSingleton<NodeState>();
        services.AddSingleton<ChangeApplier>();
        services.RemoveAll<IContentWrites>();
        services.AddSingleton<IContentWrites, PostgresContentWrites>();
        services.AddSingleton<ContentChangeListener>();
        services.AddHostedService(provider => provider.GetRequiredService<ContentChangeListener>());
        services.AddSingleton<IJobLeadership, PostgresJobLeadership>();
        services.AddHealthChecks().AddCheck<ContentChangesHealthCheck>("content-changes", tags: [readyTag]);
        return services;
    }

    public static bool IsPostgres(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return string.Equals(configuration[ProviderKey], "Postgres", StringComparison.OrdinalIgnoreCase);
    }
}
