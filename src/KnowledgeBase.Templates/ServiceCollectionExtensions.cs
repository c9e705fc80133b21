using KnowledgeBase.Content.Validation;
using KnowledgeBase.Templates.Rendering;
using KnowledgeBase.Templates.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeBase.Templates;

/// <summary>Registers reply-template services (the renderer, a singleton) and their validation rules.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledgeBaseTemplates(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<IContentRule, TemplatePlaceholdersRule>();
        services.TryAddSingleton(new TemplateRendererOptions());
        services.TryAddSingleton(provider => new TemplateRenderer(provider.GetRequiredService<TemplateRendererOptions>()));
        return services;
    }
}
