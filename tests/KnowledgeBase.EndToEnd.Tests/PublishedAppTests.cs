using System.Diagnostics;
using KnowledgeBase.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.EndToEnd.Tests;

/// <summary>
/// What the README's "Deploying" section does: <c>dotnet publish</c>, then run the published app in
/// Production. Its static web assets must be served (a plain build's bin/ answers 500 for
/// <c>/_framework/blazor.web.js</c> in Production) and the app must be interactive in the browser.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PublishedAppTests(BrowserFixture fixture) : IDisposable
{
    private readonly string _publish = Path.Combine(Path.GetTempPath(), "kb-tests", "publish-" + Guid.NewGuid().ToString("N"));

    [BrowserFact]
    public async Task PublishedApp_InProduction_ServesBlazorScript_AndIsInteractive()
    {
        await PublishAsync();
        using var content = new TempContentFolder().CopyFrom(RepositoryPaths.Content);
        await using var app = await AppProcess.StartAsync(content.Root, TimeSpan.FromSeconds(90), Path.Combine(_publish, "KnowledgeBase.Web.dll"), "Production");
        using var http = new HttpClient { BaseAddress = app.Address };

        using var script = await http.GetAsync("/_framework/blazor.web.js");
        Assert.True(script.IsSuccessStatusCode, $"/_framework/blazor.web.js answered {(int)script.StatusCode}\n{app.Output}");
        Assert.Equal(200, (int)script.StatusCode);

        var page = await fixture.NewPageAsync(app.Address);
        await page.GotoAsync("/");
        await BrowserFixture.CreateFirstAdminAsync(page, "admin", BrowserFixture.Password);
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 30_000 });
        await page.Locator("#search-input").PressSequentiallyAsync("refund");
        await Expect(page.Locator("#result-0")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "published-production-search.png") });
    }

    private async Task PublishAsync()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "publish", Path.Combine(RepositoryPaths.Root, "src", "KnowledgeBase.Web", "KnowledgeBase.Web.csproj"), "-c", "Release", "-o", _publish, "-nologo", "-v", "q" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet publish");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(10));
        Assert.True(process.ExitCode == 0, $"dotnet publish failed ({process.ExitCode}):\n{await output}\n{await errors}");
    }

    public void Dispose()
    {
        if (Directory.Exists(_publish))
        {
            Directory.Delete(_publish, recursive: true);
        }
    }
}
