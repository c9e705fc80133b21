using System.Net;
using System.Text.Json;
using KnowledgeBase.Search.Json;
using KnowledgeBase.Search.Querying;
using KnowledgeBase.Storage.Insights;
using KnowledgeBase.Web.Insights;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Api;

/// <summary>GET /api/v1/search and POST /api/v1/suggest: the index's answers in the CLI's JSON, and a problem for every bad input.</summary>
public sealed class ApiSearchTests(ApiApp app) : IClassFixture<ApiApp>
{
    [Fact]
    public async Task Search_ReturnsTheObjectKbSearchJsonPrints()
    {
        var (_, _, client) = app.NewAgent();

        var answer = await (await client.GetAsync("/api/v1/search?q=card+refund&lang=en&top=5")).ReadAsync();

        var expected = SearchResultsJson.From(app.Factory.Services.GetRequiredService<ISearchService>().Search(new SearchRequest("card refund") { Language = "en", Top = 5 }));
        Assert.Equal("card refund", answer.GetProperty("query").GetString());
        Assert.Equal(expected.Total, answer.GetProperty("total").GetInt32());
        var first = answer.GetProperty("results")[0];
        Assert.Equal(ApiContent.Article, first.GetProperty("id").GetString());
        Assert.Equal("article", first.GetProperty("type").GetString());
        Assert.Equal("en", first.GetProperty("lang").GetString());
        Assert.Equal("card-refunds", first.GetProperty("section").GetString());
        Assert.Equal("Card refunds", first.GetProperty("sectionTitle").GetString());
        Assert.Contains(first.GetProperty("snippet").EnumerateArray(), s => s.GetProperty("hit").GetBoolean());
        Assert.Equal(
            JsonSerializer.Serialize(expected.Results, JsonSerializerOptions.Web),
            JsonSerializer.Serialize(answer.GetProperty("results"), JsonSerializerOptions.Web));
        Assert.True(answer.GetProperty("facets").GetProperty("lang").GetProperty("en").GetInt32() > 0);
    }

    [Fact]
    public async Task Search_FiltersByType()
    {
        var (_, _, client) = app.NewAgent();

        var answer = await (await client.GetAsync("/api/v1/search?q=refund&type=template")).ReadAsync();

        Assert.All(answer.GetProperty("results").EnumerateArray(), r => Assert.Equal("template", r.GetProperty("type").GetString()));
        Assert.Contains(answer.GetProperty("results").EnumerateArray(), r => r.GetProperty("id").GetString() == ApiContent.Template);
    }

    [Theory]
    [InlineData("/api/v1/search", "q")]
    [InlineData("/api/v1/search?q=%20%20", "q")]
    [InlineData("/api/v1/search?q=refund&top=0", "top")]
    [InlineData("/api/v1/search?q=refund&top=101", "top")]
    [InlineData("/api/v1/search?q=refund&top=many", "top")]
    [InlineData("/api/v1/search?q=refund&lang=xx", "lang")]
    [InlineData("/api/v1/search?q=refund&type=faq", "type")]
    public async Task Search_WithABadParameter_Answers400_NamingIt(string path, string parameter)
    {
        var (_, _, client) = app.NewAgent();

        var problem = await (await client.GetAsync(path)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.Errors(parameter));
    }

    [Fact]
    public async Task Suggest_PutsTheTemplateThatAnswersFirst_InTheMessagesLanguage()
    {
        var (_, _, client) = app.NewAgent();

        var response = await client.PostJsonAsync("/api/v1/suggest", new { message = "Hello, where is my refund for order 1234?", top = 3 });

        var answer = await response.ReadAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("en", answer.GetProperty("lang").GetString());
        var first = answer.GetProperty("results")[0];
        Assert.Equal(ApiContent.Template, first.GetProperty("id").GetString());
        Assert.Equal("template", first.GetProperty("type").GetString());
        Assert.False(first.TryGetProperty("snippet", out _));
    }

    [Theory]
    [InlineData("{}", "message")]
    [InlineData("""{"message":"refund","top":0}""", "top")]
    [InlineData("""{"message":"refund","top":51}""", "top")]
    [InlineData("""{"message":"refund","sections":-1}""", "sections")]
    [InlineData("""{"message":"refund","lang":"klingon"}""", "lang")]
    [InlineData("""{"message":"refund","top":"five"}""", "top")]
    [InlineData("""{"message": "refund", """, "body")]
    public async Task Suggest_WithABadBody_Answers400_NamingTheProperty(string body, string property)
    {
        var (_, _, client) = app.NewAgent();

        var problem = await (await client.PostRawAsync("/api/v1/suggest", body)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.Errors(property));
    }

    [Fact]
    public async Task ApiSearches_CountInInsights_LikeTheSearchPage_OneSettledQueryPerClient()
    {
        var (user, _, client) = app.NewAgent();
        foreach (var typed in new[] { "p", "pay", "paypal" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/search?q={typed}")).StatusCode);
        }

        app.Factory.Time.Advance(TimeSpan.FromSeconds(2));
        await app.Factory.Services.GetRequiredService<InsightWriter>().FlushAsync();

        var mine = app.Factory.Services.GetRequiredService<InsightStore>()
            .Searches(InsightPeriod.LastDays(app.Factory.Time.GetUtcNow(), 1))
            .Where(s => s.UserId == user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal("paypal", Assert.Single(mine).Query);
    }
}
