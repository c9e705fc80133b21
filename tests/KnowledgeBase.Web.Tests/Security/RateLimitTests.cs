using System.Net;
using KnowledgeBase.Storage.Accounts;

namespace KnowledgeBase.Web.Tests.Security;

/// <summary>Sign-in attempts per address and CSV exports per user are bounded (429 with Retry-After).</summary>
public sealed class RateLimitTests(KnowledgeBaseFactory app) : IClassFixture<KnowledgeBaseFactory>
{
    private const string Password = "password-1";

    // The shipped defaults (KnowledgeBase:RateLimits): 20 sign-in attempts a minute per address, 20 exports a minute per user.
    private const int SignInsPerMinute = 20;
    private const int ExportsPerMinute = 20;

    [Fact]
    public async Task SignInAttempts_FromOneAddress_AreRefusedAfterTheLimit_WhileOtherAddressesMayStillSignIn()
    {
        app.Accounts.AddUser(new NewUser("neighbour", Password, UserRole.Agent));
        var attacker = app.CreateBrowser("198.51.100.20");
        for (var i = 0; i < SignInsPerMinute; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await FormPost.SignInAsync(attacker, $"guess{i}", "wrong-password")).StatusCode);
        }

        var refused = await FormPost.SignInAsync(attacker, "guess-more", "wrong-password");
        var neighbour = await FormPost.SignInAsync(app.CreateBrowser("198.51.100.21"), "neighbour", Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Too many sign-in attempts", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, neighbour.StatusCode);
    }

    [Fact]
    public async Task CsvExports_ByOneUser_AreRefusedAfterTheLimit()
    {
        var lead = app.Accounts.AddUser(new NewUser("exporter", Password, UserRole.Lead));
        var client = app.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SignInAsync(client, lead.UserName, Password)).StatusCode);
        for (var i = 0; i < ExportsPerMinute; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(i % 2 == 0 ? "/insights/export/top-searches.csv" : "/team/export/progress.csv")).StatusCode);
        }

        var refused = await client.GetAsync("/insights/export/top-searches.csv");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }
}
