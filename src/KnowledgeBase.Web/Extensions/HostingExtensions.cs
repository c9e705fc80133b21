using KnowledgeBase.Content;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Templates;

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
        builder.Services.AddSingleton(services => services.GetRequiredService<ContentLoader>().Load(paths.ContentRoot));
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
