using KnowledgeBase.Content;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Content.Limits;
using KnowledgeBase.Import;
using KnowledgeBase.Search.Hosting;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Storage;
using KnowledgeBase.Storage.Backups;
using KnowledgeBase.Storage.Insights;
using KnowledgeBase.Templates;
using KnowledgeBase.Web.Api;
using KnowledgeBase.Web.Audit;
using KnowledgeBase.Web.Headers;
using KnowledgeBase.Web.Health;
using KnowledgeBase.Web.HelpDesk;
using KnowledgeBase.Web.Insights;
using KnowledgeBase.Web.Media;
using KnowledgeBase.Web.Onboarding;
using KnowledgeBase.Web.RateLimits;
using KnowledgeBase.Web.Security;
using KnowledgeBase.Web.Authoring;
using KnowledgeBase.Web.Services;
using KnowledgeBase.Application;
using KnowledgeBase.Application.Storage;
using KnowledgeBase.Cluster;

namespace KnowledgeBase.Web.Extensions;

/// <summary>Every service registration and middleware of the web app, in one place.</summary>
public static class HostingExtensions
{
    public static WebApplicationBuilder AddKnowledgeBase(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddKnowledgeBaseServices(builder.Configuration);
        var circuit = builder.Configuration.GetSection(CircuitOptions.SectionName).Get<CircuitOptions>() ?? new CircuitOptions();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(hub => hub.MaximumReceiveMessageSize = circuit.MaximumReceiveMessageSize);
        return builder;
    }

    /// <summary>
    /// Every service of the app but the Blazor Server host itself. The component tests compose the
    /// same and replace only the clock, JavaScript and what they observe.
    /// </summary>
    public static IServiceCollection AddKnowledgeBaseServices(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(KnowledgeBaseOptions.SectionName).Get<KnowledgeBaseOptions>() ?? new KnowledgeBaseOptions();
        var paths = KnowledgeBasePaths.Resolve(options.ContentPath, options.DataPath);

        services.AddKnowledgeBaseContent(paths);

        // The database provider first: the features below register their stores only where it has not.
        var database = services.AddKnowledgeBaseDatabase(configuration);
        services.Configure<ContentLimitsOptions>(configuration.GetSection(ContentLimitsOptions.SectionName));
        services.AddKnowledgeBaseTemplates();
        services.AddKnowledgeBaseSearch(configuration.GetSection(SearchIndexOptions.SectionName).Get<SearchIndexOptions>() ?? new SearchIndexOptions());
        services.AddKnowledgeBaseContentPipeline();
        services.AddKnowledgeBaseImport();
        services.Configure<ImportOptions>(configuration.GetSection(ImportOptions.SectionName));

        services.Configure<SearchUiOptions>(configuration.GetSection(SearchUiOptions.SectionName));
        services.AddSingleton<DocumentHtml>();
        services.AddSingleton<ViewStatistics>();
        services.Configure<ReplyUiOptions>(configuration.GetSection(ReplyUiOptions.SectionName));
        services.Configure<AgentOptions>(configuration.GetSection(AgentOptions.SectionName));
        services.AddScoped<AgentPreferences>();
        services.AddScoped<ReplyDraft>();
        services.AddKnowledgeBaseHeaders(configuration);
        services.AddKnowledgeBaseSecurity(configuration);
        services.AddKnowledgeBaseHelpDesk(configuration);
        services.AddKnowledgeBaseApi(configuration);
        services.AddKnowledgeBaseRateLimits(configuration);
        services.AddKnowledgeBaseAudit(configuration);
        services.AddKnowledgeBaseInsightsUi(configuration);
        services.AddKnowledgeBaseAuthoring(configuration);
        services.AddKnowledgeBaseMedia(configuration);
        if (database.Provider == DatabaseProvider.LiteDb)
        {
            // Copies of the LiteDB file; PostgreSQL is backed up with its own tools (pg_dump), see the README.
            services.AddKnowledgeBaseBackups();
            services.Configure<BackupOptions>(configuration.GetSection(BackupOptions.SectionName));
        }
        services.AddKnowledgeBaseHealth(configuration);

        // Last: with the Postgres provider it replaces the single-node content writes and job leadership.
        services.AddKnowledgeBaseCluster(configuration, HealthPaths.ReadyTag);
        return services;
    }

    public static WebApplication UseKnowledgeBase(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseKnowledgeBaseHeaders();
        app.UseKnowledgeBaseHelpDesk();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseKnowledgeBaseApiCors();
        app.UseKnowledgeBaseSecurity();

        // After authentication: exports are limited per signed-in user.
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        app.MapAccountEndpoints();
        // Prepare the database now: LiteDB's file stays locked to this process from start-up (a second app or
        // `kb users` on the same data folder fails at once with a clear message); PostgreSQL gets its migrations.
        try
        {
            app.Logger.LogInformation("{Database}", app.Services.GetRequiredService<IDatabaseStartup>().Start());
            if (app.Services.GetRequiredService<DatabaseOptions>().Provider == DatabaseProvider.Postgres)
            {
                app.Logger.LogInformation("Scheduled backups copy the LiteDB file and are off with PostgreSQL: back the database up with pg_dump, and data/trash/ with the files (see the README)");
            }
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
        app.MapKnowledgeBaseApi();
        app.MapKnowledgeBaseHealth();
        app.MapKnowledgeBaseMedia();
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
