using System.Net;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Activity;
using KnowledgeBase.Storage.Insights;
using KnowledgeBase.Web.Insights;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Api;

/// <summary>POST /api/v1/render, /lint and /events/template-used.</summary>
public sealed class ApiReplyTests(ApiApp app) : IClassFixture<ApiApp>
{
    private static object Values(string? firstName = "Jana") => new Dictionary<string, object?>
    {
        ["customer.first_name"] = firstName,
        ["order.id"] = 1234,
        ["ticket.priority"] = "high",
    };

    [Fact]
    public async Task Render_FillsTheTemplate_AsTextAndHtml_SignedWithTheUsersOwnName()
    {
        var (_, _, client) = app.NewAgent(displayName: "Petra Agent");

        var response = await client.PostJsonAsync("/api/v1/render", new { id = ApiContent.Template, values = Values(), channel = "email" });

        var reply = await response.ReadAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((ApiContent.Template, "email"), (reply.GetProperty("id").GetString(), reply.GetProperty("channel").GetString()));
        Assert.Equal("Hi Jana,\n\nwe have refunded order 1234 to your card.\n\nPetra Agent", reply.GetProperty("text").GetString()!.Trim());
        Assert.StartsWith("<p>Hi Jana,</p>", reply.GetProperty("html").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_TheAgentInTheRequest_OverridesMyDetails()
    {
        var (_, _, client) = app.NewAgent(displayName: "Petra Agent");

        var reply = await (await client.PostJsonAsync("/api/v1/render", new { id = ApiContent.Template, values = Values(), agent = new { name = "Team Bot" } })).ReadAsync();

        Assert.EndsWith("Team Bot", reply.GetProperty("text").GetString()!.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_AMissingRequiredField_Answers422_NamingIt_WithThePreviewText()
    {
        var (_, _, client) = app.NewAgent(displayName: "Petra Agent");

        var response = await client.PostJsonAsync("/api/v1/render", new { id = ApiContent.Template, values = Values(firstName: null), channel = "email" });

        var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("missing required field: customer.first_name", Assert.Single(problem.Errors("customer.first_name")));
        Assert.Contains("⟦Customer's first name⟧", problem.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_AnInvalidChoice_AndAnUnknownChannel_AreNamedToo()
    {
        var (_, _, client) = app.NewAgent(displayName: "Petra Agent");
        var values = new Dictionary<string, object?> { ["customer.first_name"] = "Jana", ["order.id"] = "1", ["refund.method"] = "cash" };

        var choice = await (await client.PostJsonAsync("/api/v1/render", new { id = ApiContent.Template, values })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var channel = await (await client.PostJsonAsync("/api/v1/render", new { id = ApiContent.Template, values = Values(), channel = "fax" })).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.NotEmpty(choice.Errors("refund.method"));
        Assert.Contains("not one of this template's channels: email, sms", Assert.Single(channel.Errors("channel")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"values":{}}""", HttpStatusCode.BadRequest, "id")]
    [InlineData("""{"id":"templates/en/none"}""", HttpStatusCode.NotFound, null)]
    [InlineData("""{"id":"articles/en/returns/refund-times"}""", HttpStatusCode.NotFound, null)]
    [InlineData("""{"id": "templates/en/eta", "values": """, HttpStatusCode.BadRequest, "body")]
    [InlineData("""{"id":"templates/en/eta","values":{"order.id":{"nested":true}}}""", HttpStatusCode.UnprocessableEntity, "order.id")]
    [InlineData("", HttpStatusCode.BadRequest, "body")]
    public async Task Render_BadInput_AnswersAProblem(string body, HttpStatusCode status, string? field)
    {
        var (_, _, client) = app.NewAgent();

        var problem = await (await client.PostRawAsync("/api/v1/render", body)).ProblemAsync(status);

        if (field is not null)
        {
            Assert.NotEmpty(problem.Errors(field));
        }
    }

    [Fact]
    public async Task Render_AHugeBody_Answers413_AndANonJsonBody415()
    {
        var (_, _, client) = app.NewAgent();
        var huge = "{\"id\":\"templates/en/eta\",\"values\":{\"x\":\"" + new string('a', 70 * 1024) + "\"}}";

        await (await client.PostRawAsync("/api/v1/render", huge)).ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        await (await client.PostRawAsync("/api/v1/render", "id=templates/en/eta", "application/x-www-form-urlencoded")).ProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Lint_FindsAvoidedPhrases_AsKbLintJsonDoes()
    {
        var (_, _, client) = app.NewAgent();

        var answer = await (await client.PostJsonAsync("/api/v1/lint", new { lang = "en", text = "Hi, unfortunately it is late." })).ReadAsync();

        var finding = Assert.Single(answer.GetProperty("findings").EnumerateArray());
        Assert.Equal((4, "unfortunately", "at the moment"), (finding.GetProperty("start").GetInt32(), finding.GetProperty("phrase").GetString(), finding.GetProperty("suggestions")[0].GetString()));
    }

    [Theory]
    [InlineData("""{"text":"hi"}""", "lang")]
    [InlineData("""{"lang":"en"}""", "text")]
    [InlineData("""{"lang":"zz","text":"hi"}""", "lang")]
    public async Task Lint_BadInput_Answers400(string body, string field)
    {
        var (_, _, client) = app.NewAgent();

        var problem = await (await client.PostRawAsync("/api/v1/lint", body)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.Errors(field));
    }

    [Fact]
    public async Task TemplateUsed_CountsInInsights_AndTheUsersRecentTemplates()
    {
        var (user, _, client) = app.NewAgent();

        var response = await client.PostJsonAsync("/api/v1/events/template-used", new { id = ApiContent.Template, channel = "email" });
        await app.Factory.Services.GetRequiredService<InsightWriter>().FlushAsync();

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var usage = app.Factory.Services.GetRequiredService<InsightStore>()
            .MostUsedTemplates(InsightPeriod.LastDays(app.Factory.Time.GetUtcNow(), 1), 10)
            .Single(u => u.TemplateId == ApiContent.Template);
        Assert.True(usage.Inserted >= 1);
        Assert.Contains(app.Factory.Services.GetRequiredService<ActivityStore>().GetRecentTemplates(user.Id), e => e.DocumentId == ApiContent.Template);
    }

    [Theory]
    [InlineData("""{"id":"templates/en/none"}""", HttpStatusCode.NotFound, null)]
    [InlineData("""{"id":"templates/en/returns/refund-issued","channel":"fax"}""", HttpStatusCode.BadRequest, "channel")]
    [InlineData("""{"id":"templates/en/returns/refund-issued","action":"printed"}""", HttpStatusCode.BadRequest, "action")]
    public async Task TemplateUsed_BadInput_AnswersAProblem(string body, HttpStatusCode status, string? field)
    {
        var (_, _, client) = app.NewAgent(UserRole.Agent);

        var problem = await (await client.PostRawAsync("/api/v1/events/template-used", body)).ProblemAsync(status);

        if (field is not null)
        {
            Assert.NotEmpty(problem.Errors(field));
        }
    }
}
