using KnowledgeBase.Content.Validation;
using KnowledgeBase.Templates.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Templates;

/// <summary>Registers reply-template services and their validation rules.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledgeBaseTemplates(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<IContentRule, TemplatePlaceholdersRule>();
        return services;
    }
}
