using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Content.Library;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Markdown;
using KnowledgeBase.Content.Validation;
using KnowledgeBase.Content.Validation.Rules;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Phrasebook;
using KnowledgeBase.Search.Querying;
using KnowledgeBase.Search.Suggestions;
using KnowledgeBase.Storage;
using KnowledgeBase.Storage.Authoring;
using KnowledgeBase.Storage.Revisions;
using KnowledgeBase.Storage.Trash;
using KnowledgeBase.Templates.Rendering;
using Bunit.TestDoubles;
using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Authoring;
using KnowledgeBase.Web.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeBase.Web.Tests;

/// <summary>
/// A bUnit context with the app's real services over a temporary content folder: a real library,
/// a real Lucene index, real Markdown rendering; only time is fake and JavaScript is not run.
/// </summary>
public abstract class WebTestContext : BunitContext
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "kb-tests", "web-" + Guid.NewGuid().ToString("N"));

    protected WebTestContext()
    {
        Content = new TempContentFolder();
        Write(Content);
        var paths = new KnowledgeBasePaths(Content.Root, _data);
        var markdown = new MarkdownRenderer();
        var parser = new DocumentParser(markdown);
        Library = new ContentLibrary(new ContentLoader(parser), paths);
        Library.Load();
        Index = new SearchIndex(paths.IndexDirectory, paths.ContentRoot);
        Index.Synchronize(Library.Current);
        Search = new CountingSearch(Index);

        Services.AddSingleton(paths);
        Services.AddSingleton(Library);
        Services.AddSingleton<ISearchService>(Search);
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(markdown);
        Services.AddSingleton<DocumentHtml>();
        Services.AddSingleton<ViewStatistics>();
        Services.AddSingleton<ISuggestionService>(Index);
        Services.AddSingleton(new TemplateRenderer());
        Services.AddSingleton<IPhrasebookService>(new PhrasebookService(Library));
        Services.AddScoped<AgentPreferences>();
        Services.AddScoped<ReplyDraft>();
        Services.Configure<SearchUiOptions>(_ => { });
        Services.Configure<ReplyUiOptions>(_ => { });
        Services.Configure<AgentOptions>(agent =>
        {
            agent.Name = "Petra Nováková";
            agent.Email = "petra@brightcart.example";
            agent.Signature = "Petra Nováková\nBrightcart Customer Care";
        });
        JSInterop.Mode = JSRuntimeMode.Loose;

        // Authoring: the real writer, a real LiteDB file under the data folder, the content rules kb validate runs.
        Services.AddSingleton(parser);
        Services.AddSingleton(new ContentWriter(paths));
        Services.AddSingleton(_ => KnowledgeBaseDatabase.Open(paths.DatabaseFile));
        Services.AddSingleton<RevisionStore>();
        Services.AddSingleton<TrashStore>();
        Services.AddSingleton<AuthoringService>();
        Services.AddSingleton<IContentRule, RelatedIdsRule>();
        Services.AddSingleton<IContentRule, RelativeLinksRule>();
        Services.AddSingleton<IContentRule, DuplicateShortcutRule>();
        Services.AddSingleton<IContentRule>(new ReviewOverdueRule(Time));
        Services.AddSingleton<IContentRule, TranslationKeyRule>();
        Services.AddSingleton<ContentValidator>();
        Services.AddSingleton<DocumentPreview>();
        Authorization = AddAuthorization();
    }

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    protected TempContentFolder Content { get; }

    /// <summary>Signed out by default; <c>Authorization.SetAuthorized("lead").SetRoles("Lead").SetPolicies("Lead")</c> signs in a lead.</summary>
    protected BunitAuthorizationContext Authorization { get; }

    protected ContentLibrary Library { get; }

    protected SearchIndex Index { get; }

    internal CountingSearch Search { get; }

    protected static TimeSpan Debounce { get; } = new SearchUiOptions().Debounce;

    /// <summary>The content each test class works on.</summary>
    protected abstract void Write(TempContentFolder content);

    /// <summary>Applies file changes the way the app's watcher does.</summary>
    protected void Apply(params string[] relativePaths)
    {
        var change = Library.Apply(relativePaths);
        Index.Apply(change.Upserted, change.Removed);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Index.Dispose();
            Content.Dispose();
            if (Directory.Exists(_data))
            {
                Directory.Delete(_data, recursive: true);
            }
        }
    }
}
