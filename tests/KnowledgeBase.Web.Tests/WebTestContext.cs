using Bunit.TestDoubles;
using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Content.Library;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Markdown;
using KnowledgeBase.Content.Validation;
using KnowledgeBase.Content.Validation.Rules;
using KnowledgeBase.Search.Hosting;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Phrasebook;
using KnowledgeBase.Search.Querying;
using KnowledgeBase.Search.Suggestions;
using KnowledgeBase.Storage;
using KnowledgeBase.Storage.Insights;
using KnowledgeBase.Templates.Rendering;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Activity;
using KnowledgeBase.Storage.Audit;
using KnowledgeBase.Web.RateLimits;
using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Security;
using KnowledgeBase.Web.Insights;
using KnowledgeBase.Storage.Authoring;
using KnowledgeBase.Storage.Revisions;
using KnowledgeBase.Storage.Trash;
using KnowledgeBase.Web.Authoring;
using KnowledgeBase.Web.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeBase.Web.Tests;

/// <summary>
/// A bUnit context with the app's real services over a temporary content folder: a real library,
/// a real Lucene index, real Markdown rendering; only time is fake and JavaScript is not run.
/// </summary>
public abstract class WebTestContext : BunitContext
{
    private InsightWriter? _insightWriter;
    private readonly string _data = Path.Combine(Path.GetTempPath(), "kb-tests", "web-" + Guid.NewGuid().ToString("N"));

    protected WebTestContext()
    {
        Content = new TempContentFolder();
        Write(Content);
        var paths = new KnowledgeBasePaths(Content.Root, _data);
        var markdown = new MarkdownRenderer();
        var parser = new DocumentParser(markdown);
        Library = new ContentLibrary(new ContentLoader(parser), paths);
        Index = new SearchIndex(paths.IndexDirectory, paths.ContentRoot);

        // The app's content pipeline (load, index, tell pages), without the file watcher: tests apply changes themselves.
        Pipeline = new ContentPipeline(Library, Index, new SearchIndexOptions { WatchContent = false }, Time, NullLogger<ContentPipeline>.Instance);
        Pipeline.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
        Pipeline.Ready.GetAwaiter().GetResult();
        Search = new CountingSearch(Index);

        Services.AddSingleton(paths);
        Services.AddSingleton(Library);
        Services.AddSingleton<IContentUpdates>(Pipeline);
        Services.AddSingleton<ISearchService>(Search);
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(markdown);
        Services.AddSingleton<DocumentHtml>();
        Services.AddSingleton<ViewStatistics>();
        Services.AddSingleton<ISuggestionService>(Index);
        Services.AddSingleton(new TemplateRenderer());
        Services.AddSingleton<IPhrasebookService>(new PhrasebookService(Library));
        Database = KnowledgeBaseDatabase.Open(paths.DatabaseFile);
        Users = new UserStore(Database);
        Audit = new AuditStore(Database);
        Accounts = new AccountService(Users, Audit, Time, new AccountOptions());
        Activity = new ActivityStore(Database);
        Services.AddSingleton(Users);
        Services.AddSingleton(Accounts);
        Services.AddSingleton(Activity);
        Services.AddSingleton(Audit);
        Services.AddScoped<CurrentUser>();
        Services.AddScoped<AccessCheck>();
        Services.AddSingleton<KnowledgeBase.Storage.Onboarding.OnboardingStore>();
        Services.AddSingleton<KnowledgeBase.Storage.Onboarding.OnboardingService>();
        Authorization = AddAuthorization();
        Services.AddScoped<AgentPreferences>();
        Services.AddScoped<ReplyDraft>();

        // Insights over a real database file under the data folder, written by the real background writer.
        Services.AddSingleton(Database);
        Services.AddSingleton<InsightStore>();
        // A hosted service in the app; here started when first used and stopped (drained) in Dispose.
        Services.AddSingleton(provider =>
        {
            var writer = ActivatorUtilities.CreateInstance<InsightWriter>(provider);
            writer.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
            _insightWriter = writer;
            return writer;
        });
        Services.AddScoped<InsightRecorder>();
        Services.AddSingleton<SearchLogThrottle>();
        Services.Configure<RateLimitOptions>(_ => { });
        Services.Configure<KnowledgeBase.Web.Audit.AuditUiOptions>(_ => { });
        Services.AddSingleton<InsightTables>();
        Services.Configure<InsightsUiOptions>(_ => { });
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
        Services.AddSingleton<RevisionStore>();
        Services.AddSingleton<TrashStore>();
        Services.AddSingleton(new KnowledgeBase.Content.Authoring.Git.ContentGit(paths, Microsoft.Extensions.Options.Options.Create(new KnowledgeBase.Content.Authoring.Git.ContentGitOptions())));
        Services.AddSingleton<AuthoringService>();
        Services.AddSingleton<IContentRule, RelatedIdsRule>();
        Services.AddSingleton<IContentRule, RelativeLinksRule>();
        Services.AddSingleton<IContentRule, DuplicateShortcutRule>();
        Services.AddSingleton<IContentRule>(new ReviewOverdueRule(Time));
        Services.AddSingleton<IContentRule, TranslationKeyRule>();
        Services.AddSingleton<IContentRule, KnowledgeBase.Content.Onboarding.OnboardingRule>();
        Services.AddSingleton<IContentRule, OutdatedTranslationRule>();
        Services.AddSingleton<IContentRule, ChecksReviewRule>();
        Services.AddSingleton<ContentValidator>();
        Services.AddSingleton<DocumentPreview>();
    }

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    protected TempContentFolder Content { get; }

    /// <summary>A real LiteDB file in the test's data folder.</summary>
    protected KnowledgeBaseDatabase Database { get; }

    protected UserStore Users { get; }

    protected AuditStore Audit { get; }

    protected AccountService Accounts { get; }

    protected ActivityStore Activity { get; }

    /// <summary>Anonymous until a test calls <see cref="SignIn"/>.</summary>
    protected BunitAuthorizationContext Authorization { get; }

    /// <summary>Creates an account and makes it the signed-in user, with the claims the app's cookie carries.</summary>
    protected UserAccount SignIn(string userName = "petra", UserRole role = UserRole.Agent)
    {
        var user = Accounts.AddUser(new NewUser(userName, "password-1", role));
        var principal = AccountClaims.CreatePrincipal(user);
        Authorization.SetAuthorized(userName);
        Authorization.SetRoles(user.Role.ToString());
        Authorization.SetClaims([.. principal.Claims.Where(c => c.Type != System.Security.Claims.ClaimTypes.Name && c.Type != System.Security.Claims.ClaimTypes.Role)]);
        return user;
    }

    protected ContentLibrary Library { get; }

    protected SearchIndex Index { get; }

    /// <summary>The real content pipeline; <see cref="Apply"/> feeds it as the watcher would.</summary>
    protected ContentPipeline Pipeline { get; }

    internal CountingSearch Search { get; }

    protected static TimeSpan SearchPause { get; } = new InsightsUiOptions().SearchPause;

    protected InsightStore Insights => Services.GetRequiredService<InsightStore>();

    /// <summary>Waits until the insight events recorded so far are in the database.</summary>
    protected Task InsightsWrittenAsync() => Services.GetRequiredService<InsightWriter>().FlushAsync();

    /// <summary>The content each test class works on.</summary>
    protected abstract void Write(TempContentFolder content);

    /// <summary>
    /// Applies file changes the way the app's watcher does and returns once pages were told;
    /// with no paths, the whole folder is read again.
    /// </summary>
    protected void Apply(params string[] relativePaths) =>
        Pipeline.ApplyAsync(relativePaths.Length == 0 ? [ContentWatcher.Everything] : relativePaths).GetAwaiter().GetResult();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _insightWriter?.StopAsync(CancellationToken.None).GetAwaiter().GetResult();
        }

        base.Dispose(disposing);
        if (disposing)
        {
            Pipeline.StopAsync(CancellationToken.None).GetAwaiter().GetResult();
            Pipeline.Dispose();
            Index.Dispose();
            Database.Dispose();
            Content.Dispose();
            if (Directory.Exists(_data))
            {
                Directory.Delete(_data, recursive: true);
            }
        }
    }
}
