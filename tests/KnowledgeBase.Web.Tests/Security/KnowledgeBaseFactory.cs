using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using KnowledgeBase.Application.Accounts;

namespace KnowledgeBase.Web.Tests.Security;

/// <summary>
/// The whole web app in memory (real middleware, cookie sign-in, LiteDB file and index in a temp
/// data folder) over a two-document content folder; only the clock is fake.
/// </summary>
public sealed class KnowledgeBaseFactory : WebApplicationFactory<Program>
{
    private readonly TempContentFolder _content = new();
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private int _clients;

    public KnowledgeBaseFactory()
        : this(_ => { })
    {
    }

    /// <summary>
    /// The two documents plus what <paramref name="content"/> writes, with <paramref name="settings"/> over the app's
    /// configuration. Internal: xunit wants one public constructor on a class fixture.
    /// </summary>
    internal KnowledgeBaseFactory(Action<TempContentFolder> content, IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        _content.Article("articles/en/returns/refunds", "title: Refunds", "## Restocking fee\n\n15 %.\n");
        _content.Write("templates/en/eta.md", "---\ntitle: Delivery estimate\nchannels: [email]\n---\nHi, it ships today.\n");
        content(_content);
        _settings = settings ?? new Dictionary<string, string?>();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    /// <summary>The app's data folder (database, index, trash); a new temp folder unless a test names one.</summary>
    public string Data { get; init; } = Path.Combine(Path.GetTempPath(), "kb-tests", "factory-" + Guid.NewGuid().ToString("N"));

    public AccountService Accounts => Services.GetRequiredService<AccountService>();

    /// <summary>
    /// A client that keeps cookies and shows redirects instead of following them. Each comes from its
    /// own address (10.0.x.y) unless given one, as browsers on a network would.
    /// </summary>
    public HttpClient CreateBrowser(string? clientAddress = null, Uri? baseAddress = null, bool handleCookies = true)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = handleCookies, BaseAddress = baseAddress ?? new Uri("http://localhost") });
        var n = Interlocked.Increment(ref _clients);
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, clientAddress ?? $"10.0.{n / 250}.{(n % 250) + 1}");
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("KnowledgeBase:ContentPath", _content.Root);
        builder.UseSetting("KnowledgeBase:DataPath", Data);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.AddSingleton<IStartupFilter, TestClientAddress>();
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _content.Dispose();
            DeleteData();
        }
    }

    // The host's last background work (a Lucene merge finishing after stop) may still be writing for
    // a moment; a leftover temp folder must not fail a test that passed.
    private void DeleteData()
    {
        for (var attempt = 1; Directory.Exists(Data); attempt++)
        {
            try
            {
                Directory.Delete(Data, recursive: true);
            }
            catch (IOException) when (attempt < 5)
            {
            }
            catch (IOException)
            {
                return;
            }
        }
    }
}
