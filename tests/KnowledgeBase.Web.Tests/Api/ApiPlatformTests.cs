using System.Net;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Web.Tests.Security;

namespace KnowledgeBase.Web.Tests.Api;

/// <summary>CORS for the configured origin only, the OpenAPI document and the reference page.</summary>
public sealed class ApiPlatformTests(ApiApp app) : IClassFixture<ApiApp>
{
    private static HttpRequestMessage Preflight(string origin) => new(HttpMethod.Options, "/api/v1/render")
    {
        Headers =
        {
            { "Origin", origin },
            { "Access-Control-Request-Method", "POST" },
            { "Access-Control-Request-Headers", "authorization,content-type" },
        },
    };

    [Fact]
    public async Task Cors_AllowsTheConfiguredExtensionOrigin_AndNoOther()
    {
        var client = app.ClientWith(null);

        var allowed = await client.SendAsync(Preflight(ApiApp.ExtensionOrigin));
        var other = await client.SendAsync(Preflight("https://evil.example"));

        Assert.Equal(ApiApp.ExtensionOrigin, allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("authorization", allowed.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Cors_AnActualRequestFromTheExtension_CarriesTheAllowOriginHeader()
    {
        var (_, _, client) = app.NewAgent();
        client.DefaultRequestHeaders.Add("Origin", ApiApp.ExtensionOrigin);

        var response = await client.GetAsync("/api/v1/search?q=refund");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ApiApp.ExtensionOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task OpenApiDocument_ListsEveryEndpoint_WithSchemas_AndTheBearerScheme()
    {
        var (_, _, client) = app.NewAgent();

        var document = await (await client.GetAsync("/openapi/v1.json")).ReadAsync();

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(
            new[] { "/api/v1/documents", "/api/v1/documents/{id}", "/api/v1/events/template-used", "/api/v1/lint", "/api/v1/render", "/api/v1/search", "/api/v1/suggest", "/api/v1/templates", "/api/v1/templates/{id}" },
            paths.Order(StringComparer.Ordinal));
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal(("http", "bearer"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("scheme").GetString()));
        Assert.Contains(document.GetProperty("security").EnumerateArray(), s => s.TryGetProperty("Bearer", out _));
        var schemas = document.GetProperty("components").GetProperty("schemas");
        foreach (var schema in new[] { "SearchResultsJson", "SearchHitJson", "SuggestionsJson", "RenderBody", "RenderedReplyJson", "TemplateJson", "DocumentJson", "LintJson", "HttpValidationProblemDetails" })
        {
            Assert.True(schemas.TryGetProperty(schema, out _), $"no schema {schema}");
        }

        var render = document.GetProperty("paths").GetProperty("/api/v1/render").GetProperty("post");
        Assert.True(render.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(render.GetProperty("responses").TryGetProperty("422", out _));
    }

    [Fact]
    public async Task OpenApiDocument_NeedsSignInOrAToken()
    {
        await (await app.ClientWith(null).GetAsync("/openapi/v1.json")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ReferencePage_IsForSignedInUsers_WithItsOwnContentSecurityPolicy()
    {
        app.Factory.Accounts.AddUser(new NewUser("reader", "password-1", UserRole.Agent));
        var anonymous = await app.Factory.CreateBrowser().GetAsync("/api-reference");
        var browser = app.Factory.CreateBrowser();
        await FormPost.SignInAsync(browser, "reader", "password-1");

        var page = await browser.GetAsync("/api-reference/");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/login", anonymous.Target(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("scalar.js", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("https:", policy, StringComparison.Ordinal);
        var home = await browser.GetAsync("/");
        Assert.DoesNotContain("unsafe-inline", home.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
