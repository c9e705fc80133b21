using KnowledgeBase.Storage;
using KnowledgeBase.Web.Security;

namespace KnowledgeBase.Web.Authoring;

/// <summary>Registers browser authoring: storage (revisions, trash), the preview, and the Lead policy.</summary>
public static class AuthoringServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledgeBaseAuthoring(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<AuthoringUiOptions>(configuration.GetSection(AuthoringUiOptions.SectionName));
        services.AddKnowledgeBaseStorage();
        services.AddSingleton<DocumentPreview>();

        // The accounts feature owns sign-in and may define these policies too; the last definition wins.
        services.AddCascadingAuthenticationState();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Lead, policy => policy.RequireRole(Policies.Lead, Policies.Admin))
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(Policies.Admin));
        return services;
    }
}
