using Bunit.TestDoubles;
using KnowledgeBase.Application.Accounts;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Content.Library;
using KnowledgeBase.Search.Hosting;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Querying;
using KnowledgeBase.Storage;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Activity;
using KnowledgeBase.Storage.Audit;
using KnowledgeBase.Storage.Insights;
using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Extensions;
using KnowledgeBase.Web.Insights;
using KnowledgeBase.Web.Security;
using KnowledgeBase.Web.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeBase.Web.Tests;

/// <summary>
/// A bUnit context with the app's own composition (<see cref="HostingExtensions.AddKnowledgeBaseServices"/>)
/// over a temporary content folder and data folder: the real library, pipeline and Lucene index, real
/// Markdown, a real LiteDB file, every validation rule the app runs. Replaced: the clock (fake), the
/// sign-in (bUnit's), JavaScript (not run), and the search service (counted). Background services
/// start with the context, as the host starts them, and stop (drained) when it is disposed.
/// </summary>
public abstract class WebTestContext : BunitContext
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "kb-tests", "web-" + Guid.NewGuid().ToString("N"));
    private readonly List<IHostedService> _started = [];

    protected WebTestContext()
    {
        Content = new TempContentFolder();
        Write(Content);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{KnowledgeBaseOptions.SectionName}:{nameof(KnowledgeBaseOptions.ContentPath)}"] = Content.Root,
            [$"{KnowledgeBaseOptions.SectionName}:{nameof(KnowledgeBaseOptions.DataPath)}"] = _data,

            // Tests apply file changes themselves (Apply), in order, instead of waiting for the watcher.
            [$"{SearchIndexOptions.SectionName}:{nameof(SearchIndexOptions.WatchContent)}"] = "false",
            [$"{AgentOptions.SectionName}:{nameof(AgentOptions.Name)}"] = "Petra Nováková",
            [$"{AgentOptions.SectionName}:{nameof(AgentOptions.Email)}"] = "petra@brightcart.example",
            [$"{AgentOptions.SectionName}:{nameof(AgentOptions.Signature)}"] = "Petra Nováková\nBrightcart Customer Care",
        }).Build();
        Services.AddSingleton<IConfiguration>(configuration);
        Services.AddLogging();
        Services.AddKnowledgeBaseServices(configuration);

        // What a test replaces: the clock, the signed-in user, the search (counted), JavaScript.
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton<ISearchService>(provider => new CountingSearch(provider.GetRequiredService<SearchIndex>()));
        Authorization = AddAuthorization();
        JSInterop.Mode = JSRuntimeMode.Loose;

        // Start what the host would start: the content pipeline (first load and index) and the writers.
        // This builds the service provider: a test that needs another service registers it before, or uses the real one.
        foreach (var service in Services.GetServices<IHostedService>())
        {
            service.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
            _started.Add(service);
        }

        Pipeline.Ready.GetAwaiter().GetResult();
    }

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    protected TempContentFolder Content { get; }

    /// <summary>A real LiteDB file in the test's data folder.</summary>
    protected KnowledgeBaseDatabase Database => Services.GetRequiredService<KnowledgeBaseDatabase>();

    protected UserStore Users => Services.GetRequiredService<UserStore>();

    protected AuditStore Audit => Services.GetRequiredService<AuditStore>();

    protected AccountService Accounts => Services.GetRequiredService<AccountService>();

    protected ActivityStore Activity => Services.GetRequiredService<ActivityStore>();

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

    protected ContentLibrary Library => Services.GetRequiredService<ContentLibrary>();

    protected SearchIndex Index => Services.GetRequiredService<SearchIndex>();

    /// <summary>The real content pipeline; <see cref="Apply"/> feeds it as the watcher would.</summary>
    protected ContentPipeline Pipeline => Services.GetRequiredService<ContentPipeline>();

    internal CountingSearch Search => (CountingSearch)Services.GetRequiredService<ISearchService>();

    protected static TimeSpan SearchPause { get; } = new InsightsUiOptions().SearchPause;

    protected InsightStore Insights => Services.GetRequiredService<InsightStore>();

    /// <summary>Waits until the insight events recorded so far are in the database.</summary>
    protected Task InsightsWrittenAsync() => Services.GetRequiredService<InsightWriter>().FlushAsync();

    /// <summary>Changes the configured agent defaults (the composition reads them once, as the app does).</summary>
    protected void ConfigureAgent(Action<AgentOptions> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        change(Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AgentOptions>>().Value);
    }

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
            // As the host stops: in reverse order of start, each drained, before the database and index close.
            foreach (var service in Enumerable.Reverse(_started))
            {
                service.StopAsync(CancellationToken.None).GetAwaiter().GetResult();
            }
        }

        base.Dispose(disposing);
        if (disposing)
        {
            Content.Dispose();
            if (Directory.Exists(_data))
            {
                Directory.Delete(_data, recursive: true);
            }
        }
    }
}
