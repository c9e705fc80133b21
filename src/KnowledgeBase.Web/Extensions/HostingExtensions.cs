using KnowledgeBase.Content;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Search.Hosting;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Templates;
using KnowledgeBase.Web.Authoring;
using KnowledgeBase.Web.Services;

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
        builder.Services.AddKnowledgeBaseTemplates();
        builder.Services.AddKnowledgeBaseSearch(builder.Configuration.GetSection(SearchIndexOptions.SectionName).Get<SearchIndexOptions>() ?? new SearchIndexOptions());
        builder.Services.AddKnowledgeBaseIndexSynchronizer();

        builder.Services.Configure<SearchUiOptions>(builder.Configuration.GetSection(SearchUiOptions.SectionName));
        builder.Services.AddSingleton<DocumentHtml>();
        builder.Services.AddSingleton<ViewStatistics>();
        builder.Services.Configure<ReplyUiOptions>(builder.Configuration.GetSection(ReplyUiOptions.SectionName));
        builder.Services.Configure<AgentOptions>(builder.Configuration.GetSection(AgentOptions.SectionName));
        builder.Services.AddScoped<AgentPreferences>();
        builder.Services.AddScoped<ReplyDraft>();
        builder.Services.AddKnowledgeBaseAuthoring(builder.Configuration);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        return builder;
    }

    public static WebApplication UseKnowledgeBase(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseAntiforgery();
        app.MapStaticAssets();
        var paths = app.Services.GetRequiredService<KnowledgeBasePaths>();
        app.Logger.LogInformation("Content: {Content}; data: {Data}", paths.ContentRoot, paths.DataRoot);
        return app;
    }
}
