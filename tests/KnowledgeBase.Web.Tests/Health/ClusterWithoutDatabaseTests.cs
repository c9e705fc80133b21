using System.Net;
using System.Net.Http.Json;
using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Web.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Health;

/// <summary>
/// A node configured for several nodes (Provider=Postgres) whose PostgreSQL does not answer: it is
/// alive but not ready, and a save says nothing was saved instead of writing a file no other node gets.
/// </summary>
public sealed class ClusterWithoutDatabaseTests : IAsyncLifetime
{
    private readonly ApiApp _app = new(new Dictionary<string, string?>
    {
        ["KnowledgeBase:Database:Provider"] = "Postgres",
        ["KnowledgeBase:Database:ConnectionString"] = "Host=127.0.0.1;Port=1;Username=kb;Timeout=2",
    });

    public Task InitializeAsync() => _app.InitializeAsync();

    [Fact]
    public async Task Node_IsLive_ButNotReady()
    {
        var client = _app.Factory.CreateBrowser();

        var live = await client.GetAsync("/healthz");
        var ready = await client.GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), (ready.StatusCode, await ready.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Save_Answers503_AndLeavesTheFileAsItWas()
    {
        var (_, _, client) = _app.NewAgent(UserRole.Lead);
        var file = Path.Combine(_app.Factory.Services.GetRequiredService<KnowledgeBasePaths>().ContentRoot, ApiContent.Article + ".md");
        var before = File.ReadAllText(file);

        var response = await client.PutAsJsonAsync("/api/v1/documents/" + ApiContent.Article, new { text = before + "\nMore.\n", baseVersion = TextHash.Of(before) });

        var problem = await response.ProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Contains("database", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(file));
    }

    public Task DisposeAsync() => _app.DisposeAsync();
}
