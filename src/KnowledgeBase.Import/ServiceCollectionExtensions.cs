using KnowledgeBase.Import.HelpDesks;
using KnowledgeBase.Import.Html;
using KnowledgeBase.Import.Writing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeBase.Import;

/// <summary>
/// Registers the help-desk import. Needs the content services (<c>AddKnowledgeBaseContent</c>) for the
/// loader and the writer. <see cref="ImportOptions"/> keep their defaults unless the host binds
/// <see cref="ImportOptions.SectionName"/>.
/// </summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledgeBaseImport(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ImportOptions>();
        services.TryAddSingleton<ExportReader>();
        services.TryAddSingleton<HtmlReplyConverter>();
        services.TryAddSingleton<ItemConverter>();
        services.TryAddSingleton<HelpDeskImporter>();
        return services;
    }
}
