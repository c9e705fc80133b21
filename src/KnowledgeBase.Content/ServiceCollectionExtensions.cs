using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Markdown;
using KnowledgeBase.Content.Validation;
using KnowledgeBase.Content.Validation.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeBase.Content;

/// <summary>
/// Registers the content model: Markdown pipeline, parser, loader and validation rules. The
/// <see cref="Limits.ContentLimitsOptions"/> have their defaults unless the host binds them
/// (<c>services.Configure&lt;ContentLimitsOptions&gt;(configuration.GetSection(ContentLimitsOptions.SectionName))</c>).
/// </summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledgeBaseContent(this IServiceCollection services, KnowledgeBasePaths paths)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(paths);
        services.AddOptions<Limits.ContentLimitsOptions>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<DocumentParser>();
        services.AddSingleton<ContentLoader>();
        services.AddSingleton<Library.ContentLibrary>();
        services.AddSingleton<ContentValidator>();
        services.AddSingleton<Authoring.ContentWriter>();

        // One node writes its folder alone; AddKnowledgeBaseCluster replaces this to share every change through PostgreSQL.
        services.TryAddSingleton<Authoring.IContentWrites, Authoring.LocalContentWrites>();
        services.AddSingleton<IContentRule, RelatedIdsRule>();
        services.AddSingleton<IContentRule, RelativeLinksRule>();
        services.AddSingleton<IContentRule, DuplicateShortcutRule>();
        services.AddSingleton<IContentRule, ReplyPartsRule>();
        services.AddSingleton<IContentRule, ReviewOverdueRule>();
        services.AddSingleton<IContentRule, TranslationKeyRule>();
        services.AddSingleton<IContentRule, Onboarding.OnboardingRule>();
        services.AddSingleton<IContentRule, OutdatedTranslationRule>();
        services.AddSingleton<IContentRule, ChecksReviewRule>();
        services.AddSingleton<IContentRule, MediaReferencesRule>();
        services.AddOptions<Media.MediaOptions>();
        services.AddSingleton<Media.MediaStore>();
        return services;
    }
}
