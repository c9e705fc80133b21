using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeBase.Storage.Insights;

/// <summary>Registers the insights log. Needs <see cref="ServiceCollectionExtensions.AddKnowledgeBaseStorage"/>.</summary>
public static class InsightsServiceCollectionExtensions
{
    /// <summary>The store and the daily retention sweep; bind <see cref="InsightsOptions"/> from <see cref="InsightsOptions.SectionName"/>.</summary>
    public static IServiceCollection AddKnowledgeBaseInsights(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<InsightsOptions>();
        services.TryAddSingleton(TimeProvider.System);
        ServiceCollectionExtensions.Add<IInsightStore, InsightStore>(services);
        services.AddSingleton<SearchLogRetention>();
        services.AddHostedService(provider => provider.GetRequiredService<SearchLogRetention>());
        return services;
    }
}
