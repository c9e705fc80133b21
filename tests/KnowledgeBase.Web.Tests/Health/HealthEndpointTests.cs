using System.Net;
using KnowledgeBase.Content.Library;
using KnowledgeBase.Search.Hosting;
using KnowledgeBase.Storage;
using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Tests.Security;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Health;

/// <summary>/healthz and /healthz/ready of the whole app: anonymous, terse, and 503 exactly when the node should get no traffic.</summary>
public sealed class HealthEndpointTests : IDisposable
{
    private readonly KnowledgeBaseFactory _app;
    private TempContentFolder? _content;

    public HealthEndpointTests() => _app = new KnowledgeBaseFactory(content => _content = content);

    private ContentPipeline Pipeline => _app.Services.GetRequiredService<ContentPipeline>();

    [Fact]
    public async Task Live_AnswersAnonymously_EvenBeforeTheFirstAccountExists()
    {
        var response = await _app.CreateBrowser().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_OnceTheContentIsIndexed_IsHealthy()
    {
        await Pipeline.Ready;

        var response = await _app.CreateBrowser().GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_WhenTheDatabaseStopsAnswering_Is503_AndSaysNothingMore()
    {
        await Pipeline.Ready;
        var client = _app.CreateBrowser();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz/ready")).StatusCode);

        _app.Services.GetRequiredService<KnowledgeBaseDatabase>().Dispose();
        var response = await client.GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Ready_WhileAChangeWaitsForTheIndexTooLong_Is503_AndHealthyOnceItIsIn()
    {
        await Pipeline.Ready;
        var client = _app.CreateBrowser();
        using var release = new ManualResetEventSlim();
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Hold(ContentIndexed _)
        {
            // Runs on the pipeline's thread: the change stays "not yet applied" until released.
            entered.TrySetResult();
            release.Wait(TimeSpan.FromSeconds(30));
        }

        Pipeline.Indexed += Hold;
        try
        {
            _content!.Article("articles/en/returns/refunds", "title: Refunds", "## Restocking fee\n\n20 %.\n");
            var applied = Pipeline.ApplyAsync(["articles/en/returns/refunds.md"]);
            await entered.Task;
            _app.Time.Advance(TimeSpan.FromSeconds(11));

            var behind = await client.GetAsync("/healthz/ready");
            release.Set();
            await applied;
            var current = await client.GetAsync("/healthz/ready");

            Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), (behind.StatusCode, await behind.Content.ReadAsStringAsync()));
            Assert.Equal((HttpStatusCode.OK, "Healthy"), (current.StatusCode, await current.Content.ReadAsStringAsync()));
        }
        finally
        {
            Pipeline.Indexed -= Hold;
            release.Set();
        }
    }

    public void Dispose() => _app.Dispose();
}
