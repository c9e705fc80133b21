using KnowledgeBase.Application.Accounts;
using KnowledgeBase.Application.Authoring;
using KnowledgeBase.Application.Onboarding;
using KnowledgeBase.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeBase.Application;

/// <summary>Registers the application services and the storage they work on.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledgeBaseApplication(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        // TryAdd: several features call this; each service must exist once.
        services.AddKnowledgeBaseStorage();
        services.TryAddSingleton(new AccountOptions());
        services.TryAddSingleton<AccountService>();
        services.TryAddSingleton<AuthoringService>();
        services.TryAddSingleton<MediaAttachments>();
        services.TryAddSingleton<OnboardingService>();
        services.TryAddSingleton<Tokens.AccessTokenService>();
        return services;
    }
}
