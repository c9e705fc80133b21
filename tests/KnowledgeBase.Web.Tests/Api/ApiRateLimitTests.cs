using System.Net;

namespace KnowledgeBase.Web.Tests.Api;

/// <summary>The API's rate limit is per token: a busy token gets 429 with Retry-After, others go on.</summary>
public sealed class ApiRateLimitTests : IAsyncLifetime
{
    private const int Limit = 3;
    private readonly ApiApp _app = new(new Dictionary<string, string?> { ["KnowledgeBase:RateLimits:ApiPermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task ATokenOverItsLimit_Gets429WithRetryAfter_WhileAnotherTokenIsServed()
    {
        var (_, _, busy) = _app.NewAgent();
        var (_, _, other) = _app.NewAgent();
        for (var i = 0; i < Limit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/api/v1/search?q=refund")).StatusCode);
        }

        var refused = await busy.GetAsync("/api/v1/search?q=refund");
        var served = await other.GetAsync("/api/v1/search?q=refund");

        var problem = await refused.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("per access token", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }
}
