using System.Net;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Web.Tests.Security;

namespace KnowledgeBase.Web.Tests.Insights;

/// <summary>
/// The CSV export's period over real HTTP: a period that is not a sane one of at most 400 days is a
/// 400 Bad Request that says what is wrong, never a 500 or minutes of work.
/// </summary>
public sealed class InsightsPeriodValidationTests(KnowledgeBaseFactory app) : IClassFixture<KnowledgeBaseFactory>
{
    private const string Password = "password-1";

    private async Task<HttpClient> LeadAsync()
    {
        var lead = app.Accounts.AddUser(new NewUser($"lead-{Guid.NewGuid():N}"[..20], Password, UserRole.Lead));
        var client = app.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SignInAsync(client, lead.UserName, Password)).StatusCode);
        return client;
    }

    [Theory]
    [InlineData("from=1900-01-01&to=9999-12-31", "2000-01-01")]
    [InlineData("from=1900-01-01&to=9999-12-30", "2000-01-01")]
    [InlineData("from=2026-01-01&to=2099-12-31", "at most 400 days")]
    [InlineData("from=2026-11-15&to=2026-11-01", "before")]
    [InlineData("from=2026-11-01", "both")]
    [InlineData("from=2026-11-01&to=yesterday", "yyyy-MM-dd")]
    [InlineData("days=3660", "1 to 400")]
    [InlineData("days=0", "1 to 400")]
    [InlineData("days=many", "1 to 400")]
    public async Task AnInvalidPeriod_IsABadRequest_ThatSaysWhy(string query, string explanation)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var client = await LeadAsync();

        var response = await client.GetAsync($"/insights/export/top-searches.csv?{query}", cancel.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(explanation, await response.Content.ReadAsStringAsync(cancel.Token), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?days=400")]
    [InlineData("?from=2025-10-20&to=2026-11-23")]
    public async Task AValidPeriod_UpTo400Days_IsExported(string query)
    {
        var client = await LeadAsync();

        var response = await client.GetAsync($"/insights/export/top-searches.csv{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
    }
}
