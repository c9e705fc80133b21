using System.Net;

namespace KnowledgeBase.Web.Tests.Api;

/// <summary>GET /api/v1/documents and /api/v1/templates: what the pages show, as JSON.</summary>
public sealed class ApiDocumentTests(ApiApp app) : IClassFixture<ApiApp>
{
    [Theory]
    [InlineData("/api/v1/documents?id=" + ApiContent.Article)]
    [InlineData("/api/v1/documents/" + ApiContent.Article)]
    public async Task Document_HasItsSections_WithAnchorsHtmlAndText(string path)
    {
        var (_, _, client) = app.NewAgent();

        var document = await (await client.GetAsync(path)).ReadAsync();

        Assert.Equal(("article", "en", "How long refunds take"), (document.GetProperty("type").GetString(), document.GetProperty("lang").GetString(), document.GetProperty("title").GetString()));
        var sections = document.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(new string?[] { null, "card-refunds", "paypal-refunds" }, sections.Select(s => s.GetProperty("anchor").GetString()));
        Assert.Equal("Card refunds", sections[1].GetProperty("title").GetString());
        Assert.Equal("<p>A card refund shows within <strong>5 working days</strong>.</p>", sections[1].GetProperty("html").GetString());
        Assert.Equal("A card refund shows within 5 working days.", sections[1].GetProperty("text").GetString());
        Assert.Contains("<h2 id=\"paypal-refunds\">", document.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Contains("PayPal shows it the same day.", document.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("/" + ApiContent.Article, document.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Document_UnknownOrMissingId_AnswersProblems()
    {
        var (_, _, client) = app.NewAgent();

        var unknown = await (await client.GetAsync("/api/v1/documents?id=articles/en/nope")).ProblemAsync(HttpStatusCode.NotFound);
        var missing = await (await client.GetAsync("/api/v1/documents")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("articles/en/nope", unknown.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(missing.Errors("id"));
    }

    [Fact]
    public async Task Templates_ListsEveryTemplate_WithItsChannels()
    {
        var (_, _, client) = app.NewAgent();

        var list = await (await client.GetAsync("/api/v1/templates")).ReadAsync();

        var refund = list.EnumerateArray().Single(t => t.GetProperty("id").GetString() == ApiContent.Template);
        Assert.Equal(("en", "Refund issued"), (refund.GetProperty("lang").GetString(), refund.GetProperty("title").GetString()));
        Assert.Equal(new string?[] { "email", "sms" }, refund.GetProperty("channels").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains(list.EnumerateArray(), t => t.GetProperty("id").GetString() == "templates/en/eta");
    }

    [Theory]
    [InlineData("/api/v1/templates?id=" + ApiContent.Template)]
    [InlineData("/api/v1/templates/" + ApiContent.Template)]
    public async Task Template_GivesItsFields_ByTheirDeclaredDottedNames(string path)
    {
        var (_, _, client) = app.NewAgent();

        var template = await (await client.GetAsync(path)).ReadAsync();

        var fields = template.GetProperty("fields").EnumerateArray().ToList();
        Assert.Equal(new string?[] { "customer.first_name", "order.id", "refund.method" }, fields.Select(f => f.GetProperty("name").GetString()));
        Assert.Equal(("text", true), (fields[0].GetProperty("type").GetString(), fields[0].GetProperty("required").GetBoolean()));
        Assert.False(fields[0].TryGetProperty("options", out _));
        Assert.Equal("choice", fields[2].GetProperty("type").GetString());
        Assert.Equal(new string?[] { "card", "PayPal account" }, fields[2].GetProperty("options").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal("card", fields[2].GetProperty("default").GetString());
    }

    [Fact]
    public async Task Template_ForAnArticleId_Answers404_SayingItIsAnArticle()
    {
        var (_, _, client) = app.NewAgent();

        var problem = await (await client.GetAsync("/api/v1/templates?id=" + ApiContent.Article)).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Contains("is an article, not a template", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
