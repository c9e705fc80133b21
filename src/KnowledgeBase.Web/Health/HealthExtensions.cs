using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace KnowledgeBase.Web.Health;

/// <summary>
/// <c>/healthz</c> (live) and <c>/healthz/ready</c> (ready) with ASP.NET Core's health checks.
/// Both are anonymous and answer only <c>Healthy</c>, <c>Degraded</c> or <c>Unhealthy</c> (503 when
/// unhealthy): why a check failed goes to the log, never to an anonymous caller.
/// </summary>
public static class HealthExtensions
{
    public static IServiceCollection AddKnowledgeBaseHealth(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<HealthOptions>(configuration.GetSection(HealthOptions.SectionName));
        services.AddHealthChecks()
            .AddCheck<SearchIndexHealthCheck>("search-index", tags: [HealthPaths.ReadyTag])
            .AddCheck<StorageHealthCheck>("storage", tags: [HealthPaths.ReadyTag]);
        return services;
    }

    public static WebApplication MapKnowledgeBaseHealth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Live runs no check: a process that answers is alive, whatever its dependencies say.
        app.MapHealthChecks(HealthPaths.Live, new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks(HealthPaths.Ready, new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthPaths.ReadyTag) }).AllowAnonymous();
        return app;
    }
}
