using KnowledgeBase.Content;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Content.Limits;
using KnowledgeBase.Search.Hosting;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Storage;
using KnowledgeBase.Storage.Backups;
using KnowledgeBase.Storage.Insights;
using KnowledgeBase.Templates;
using KnowledgeBase.Web.Audit;
using KnowledgeBase.Web.Headers;
using KnowledgeBase.Web.Insights;
using KnowledgeBase.Web.Onboarding;
using KnowledgeBase.Web.RateLimits;
using KnowledgeBase.Web.Security;
using KnowledgeBase.Web.Authoring;
using KnowledgeBase.Web.Services;
using KnowledgeBase.Application;

namespace KnowledgeBase.Web.Extensions;

/// <summary>Every service registration and middleware of the web app, in one place.</summary>
public static class HostingExtensions
{
    public static WebApplicationBuilder AddKnowledgeBase(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(KnowledgeBaseOptions.SectionName).Get<KnowledgeBaseOptions>() ?? new KnowledgeBaseOptions();
        var paths = KnowledgeBasePaths.Resolve(options.ContentPath, options.DataPath);

        builder.Services.AddKnowledgeBaseContent(paths);
        builder.Services.Configure<ContentLimitsOptions>(builder.Configuration.GetSection(ContentLimitsOptions.SectionName));
        builder.Services.AddKnowledgeBaseTemplates();
        builder.Services.AddKnowledgeBaseSearch(builder.Configuration.GetSection(SearchIndexOptions.SectionName).Get<SearchIndexOptions>() ?? new SearchIndexOptions());
        builder.Services.AddKnowledgeBaseContentPipeline();

        builder.Services.Configure<SearchUiOptions>(builder.Configuration.GetSection(SearchUiOptions.SectionName));
        builder.Services.AddSingleton<DocumentHtml>();
        builder.Services.AddSingleton<ViewStatistics>();
        builder.Services.Configure<ReplyUiOptions>(builder.Configuration.GetSection(ReplyUiOptions.SectionName));
        builder.Services.Configure<AgentOptions>(builder.Configuration.GetSection(AgentOptions.SectionName));
        builder.Services.AddScoped<AgentPreferences>();
        builder.Services.AddScoped<ReplyDraft>();
        builder.Services.AddKnowledgeBaseHeaders(builder.Configuration);
        builder.Services.AddKnowledgeBaseSecurity(builder.Configuration);
        builder.Services.AddKnowledgeBaseRateLimits(builder.Configuration);
        builder.Services.AddKnowledgeBaseAudit(builder.Configuration);
        builder.Services.AddKnowledgeBaseInsightsUi(builder.Configuration);
        builder.Services.AddKnowledgeBaseAuthoring(builder.Configuration);
        builder.Services.AddKnowledgeBaseBackups();
        builder.Services.Configure<BackupOptions>(builder.Configuration.GetSection(BackupOptions.SectionName));
        var circuit = builder.Configuration.GetSection(CircuitOptions.SectionName).Get<CircuitOptions>() ?? new CircuitOptions();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(hub => hub.MaximumReceiveMessageSize = circuit.MaximumReceiveMessageSize);
        return builder;
    }

    public static WebApplication UseKnowledgeBase(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseKnowledgeBaseHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseKnowledgeBaseSecurity();

        // After authentication: exports are limited per signed-in user.
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        app.MapAccountEndpoints();
        // Open the database now: it stays locked to this process from start-up, and a second app or
        // `kb users` on the same data folder fails at once with a clear message.
        try
        {
            app.Services.GetRequiredService<KnowledgeBaseDatabase>();
        }
        catch (DatabaseUnavailableException e)
        {
            // In use, read-only folder, damaged file: the message says which and what to do; the start stops.
            app.Logger.LogCritical("{Reason}", e.Message);
            throw;
        }

        app.MapInsightsExport().AsAuditedExport();
        app.MapOnboardingExport().AsAuditedExport();
        app.MapAuditExport();
        var paths = app.Services.GetRequiredService<KnowledgeBasePaths>();
        app.Logger.LogInformation("Content: {Content}; data: {Data}", paths.ContentRoot, paths.DataRoot);
        return app;
    }

    /// <summary>
    /// Insights for team leads: the store and retention sweep (Storage), the background writer,
    /// the per-circuit recorder, and the dashboard's tables.
    /// </summary>
    private static IServiceCollection AddKnowledgeBaseInsightsUi(this IServiceCollection services, IConfiguration configuration)
    {
        // Storage registration is idempotent in effect: the accounts branch calls it too; keep one call when merging.
        if (!services.Any(s => s.ServiceType == typeof(KnowledgeBaseDatabase)))
        {
            services.AddKnowledgeBaseApplication();
        }

        services.AddKnowledgeBaseInsights();
        services.Configure<InsightsOptions>(configuration.GetSection(InsightsOptions.SectionName));
        services.Configure<InsightsUiOptions>(configuration.GetSection(InsightsUiOptions.SectionName));
        services.AddSingleton<InsightWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<InsightWriter>());
        services.AddScoped<InsightRecorder>();
        services.AddSingleton<InsightTables>();
        return services;
    }
}
