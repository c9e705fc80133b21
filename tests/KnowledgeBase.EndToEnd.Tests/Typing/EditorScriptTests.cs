using KnowledgeBase.TestSupport;
using Microsoft.Playwright;

namespace KnowledgeBase.EndToEnd.Tests.Typing;

/// <summary>
/// js/editor.js alone, in real Chromium: its text fingerprint must equal the server's
/// (TextFingerprintTests pins the same values), or every editor would send its whole text on arrival
/// (a false difference) or keep what was typed before the script came (a false match).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EditorScriptTests(BrowserFixture fixture)
{
    private static readonly string Script = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "KnowledgeBase.Web", "wwwroot", "js", "editor.js"));

    [BrowserFact]
    public async Task Fingerprint_IsTheServersFnv1a()
    {
        var page = await fixture.Browser.NewPageAsync();
        await page.RouteAsync("http://kb.test/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = route.Request.Url.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript" : "text/html",
            Body = route.Request.Url.EndsWith(".js", StringComparison.Ordinal) ? Script : "<!doctype html><title>editor</title>",
        }));
        await page.GotoAsync("http://kb.test/");

        var actual = await page.EvaluateAsync<double[]>(
            "async texts => { const editor = await import('/editor.js'); return texts.map(editor.fingerprint); }",
            new[] { "", "foobar", "doba doručení — сроки доставки" });

        Assert.Equal([0x811C9DC5u, 0xBF9CF968u, 0x2BDB3A84u], actual.Select(hash => (uint)hash));
        await page.CloseAsync();
    }
}
