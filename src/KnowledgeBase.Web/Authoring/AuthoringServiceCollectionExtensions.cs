using KnowledgeBase.Content.Authoring.Git;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Security;
using KnowledgeBase.Application;

namespace KnowledgeBase.Web.Authoring;

/// <summary>Registers browser authoring: storage (revisions, trash), the preview, and the Lead policy.</summary>
public static class AuthoringServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledgeBaseAuthoring(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<AuthoringUiOptions>(configuration.GetSection(AuthoringUiOptions.SectionName));
        services.Configure<ContentGitOptions>(configuration.GetSection(ContentGitOptions.SectionName));
        services.AddSingleton<ContentGit>();
        services.AddKnowledgeBaseApplication();
        services.AddSingleton<DocumentPreview>();

        // Sign-in, the cascading authentication state and the Lead policy come from AddKnowledgeBaseSecurity.
        return services;
    }
}
