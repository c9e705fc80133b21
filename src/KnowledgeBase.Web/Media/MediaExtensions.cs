using KnowledgeBase.Content.Media;

namespace KnowledgeBase.Web.Media;

/// <summary>Images and attachments in SOPs: the limits from configuration and the endpoints.</summary>
public static class MediaExtensions
{
    public static IServiceCollection AddKnowledgeBaseMedia(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<MediaOptions>(configuration.GetSection(MediaOptions.SectionName));
        return services;
    }
}
