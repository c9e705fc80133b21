using KnowledgeBase.Content;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Search.Hosting;
using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Tests.Health;

/// <summary>The index check on a real pipeline, before and after its first load.</summary>
public sealed class SearchIndexHealthCheckTests : IDisposable
{
    private readonly TempContentFolder _content = new();
    private readonly string _data = Path.Combine(Path.GetTempPath(), "kb-tests", "health-" + Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;

    public SearchIndexHealthCheckTests()
    {
        _content.Article("articles/en/returns/refunds", "title: Refunds");
        _services = new ServiceCollection()
            .AddLogging()
            .AddKnowledgeBaseContent(KnowledgeBasePaths.Resolve(_content.Root, _data))
            .AddKnowledgeBaseSearch()
            .AddKnowledgeBaseContentPipeline()
            .BuildServiceProvider();
    }

    [Fact]
    public async Task BeforeTheFirstLoad_IsUnhealthy_AndAfterIt_Healthy()
    {
        var pipeline = _services.GetRequiredService<ContentPipeline>();
        var check = new SearchIndexHealthCheck(pipeline, Options.Create(new HealthOptions()));

        var before = await check.CheckHealthAsync(new HealthCheckContext());
        await pipeline.StartAsync(CancellationToken.None);
        await pipeline.Ready;
        var after = await check.CheckHealthAsync(new HealthCheckContext());
        await pipeline.StopAsync(CancellationToken.None);

        Assert.Equal(HealthStatus.Unhealthy, before.Status);
        Assert.Equal("the content folder is still being indexed", before.Description);
        Assert.Equal(HealthStatus.Healthy, after.Status);
    }

    public void Dispose()
    {
        _services.Dispose();
        _content.Dispose();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
