using System.Net;
using System.Net.Http.Json;
using KnowledgeBase.Application.Authoring;
using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Storage.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Api;

/// <summary>PUT /api/v1/documents/{id}: leads save through the API with the editor's conflict check.</summary>
public sealed class ApiDocumentSaveTests(ApiApp app) : IClassFixture<ApiApp>
{
    private const string Template = ApiContent.Template;

    private string TemplateFile => Path.Combine(app.Factory.Services.GetRequiredService<KnowledgeBasePaths>().ContentRoot, Template + ".md");

    [Fact]
    public async Task Get_GivesTheVersion_ASaveBuildsOn()
    {
        var (_, _, client) = app.NewAgent();

        var document = await (await client.GetAsync("/api/v1/documents/" + ApiContent.Article)).ReadAsync();

        Assert.Equal(32, document.GetProperty("version").GetString()!.Length);
    }

    [Fact]
    public async Task Save_ByALead_WritesTheFile_RecordsARevision_AndAnswersTheNewVersion()
    {
        var (lead, _, client) = app.NewAgent(UserRole.Lead);
        var before = File.ReadAllText(TemplateFile);
        var text = before.Replace("we have refunded order", "we refunded order", StringComparison.Ordinal);

        var response = await client.PutAsJsonAsync("/api/v1/documents/" + Template, new { text, baseVersion = TextHash.Of(before), note = "Shorter" });

        var saved = await response.ReadAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((Template, TextHash.Of(text)), (saved.GetProperty("id").GetString(), saved.GetProperty("version").GetString()));
        Assert.Equal(text, File.ReadAllText(TemplateFile));
        var revision = app.Factory.Services.GetRequiredService<AuthoringService>().Revisions.ListFor(Template).First();
        Assert.Equal((lead.UserName, "Shorter"), (revision.AuthorName, revision.Note));
    }

    [Fact]
    public async Task Save_FromAnOlderVersion_Is409_WithTheCurrentVersion_AndChangesNothing()
    {
        var (_, _, client) = app.NewAgent(UserRole.Lead);
        var before = File.ReadAllText(ArticleFile());

        var response = await client.PutAsJsonAsync("/api/v1/documents/" + ApiContent.Article,
            new { text = before + "\nMore.\n", baseVersion = TextHash.Of(before + "an older text") });

        var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(TextHash.Of(before), problem.GetProperty("currentVersion").GetString());
        Assert.Equal(before, File.ReadAllText(ArticleFile()));
    }

    [Fact]
    public async Task Save_ByAnAgent_Is403()
    {
        var (_, _, client) = app.NewAgent();
        var before = File.ReadAllText(ArticleFile());

        var response = await client.PutAsJsonAsync("/api/v1/documents/" + ApiContent.Article, new { text = "changed", baseVersion = TextHash.Of(before) });

        await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(before, File.ReadAllText(ArticleFile()));
    }

    [Fact]
    public async Task Save_WithoutABaseVersion_Is400_NamingIt()
    {
        var (_, _, client) = app.NewAgent(UserRole.Lead);

        var response = await client.PutAsJsonAsync("/api/v1/documents/" + ApiContent.Article, new { text = "---\ntitle: X\n---\nBody.\n" });

        Assert.NotEmpty((await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors("baseVersion"));
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheSave_WithItsBody()
    {
        var (_, _, client) = app.NewAgent();

        var document = await (await client.GetAsync("/openapi/v1.json")).ReadAsync();

        var put = document.GetProperty("paths").GetProperty("/api/v1/documents/{id}").GetProperty("put");
        Assert.Equal("SaveDocument", put.GetProperty("operationId").GetString());
        Assert.True(document.GetProperty("components").GetProperty("schemas").TryGetProperty("SaveDocumentBody", out _));
    }

    private string ArticleFile() => Path.Combine(app.Factory.Services.GetRequiredService<KnowledgeBasePaths>().ContentRoot, ApiContent.Article + ".md");
}
