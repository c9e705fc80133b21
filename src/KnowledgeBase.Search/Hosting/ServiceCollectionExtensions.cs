using KnowledgeBase.Content.Library;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Content.Validation;
using KnowledgeBase.Search.Validation;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Phrasebook;
using KnowledgeBase.Search.Querying;
using KnowledgeBase.Search.Suggestions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeBase.Search.Hosting;

/// <summary>Registers the search index of the configured content folder.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>The index and the phrasebook linter as singletons; add <see cref="ContentPipeline"/> to keep it current in a long-running app.</summary>
    public static IServiceCollection AddKnowledgeBaseSearch(this IServiceCollection services, SearchIndexOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(options ?? new SearchIndexOptions());
        services.AddSingleton<IContentRule, SynonymsRule>();
        services.AddSingleton<IContentRule, PhrasebookRule>();
        services.AddSingleton(provider =>
        {
            var paths = provider.GetRequiredService<KnowledgeBasePaths>();
            return new SearchIndex(paths.IndexDirectory, paths.ContentRoot, provider.GetRequiredService<SearchIndexOptions>(), provider.GetRequiredService<ILogger<SearchIndex>>());
        });
        services.AddSingleton<ISearchService>(provider => provider.GetRequiredService<SearchIndex>());
        services.AddSingleton<ISuggestionService>(provider => provider.GetRequiredService<SearchIndex>());
        services.AddSingleton<IPhrasebookService, PhrasebookService>();
        return services;
    }

    /// <summary>
    /// Adds the content pipeline: it loads and indexes the content at start, follows file changes,
    /// and tells the app (<see cref="IContentUpdates"/>) once each change is searchable.
    /// </summary>
    public static IServiceCollection AddKnowledgeBaseContentPipeline(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<ContentPipeline>();
        services.AddSingleton<IContentUpdates>(provider => provider.GetRequiredService<ContentPipeline>());
        services.AddHostedService(provider => provider.GetRequiredService<ContentPipeline>());
        return services;
    }
}
