using KnowledgeBase.TestSupport;
using Microsoft.Playwright;

namespace KnowledgeBase.EndToEnd.Tests;

/// <summary>
/// One app process over a temporary copy of the shipped content, and one headless Chromium, shared
/// by the browser tests. Tests that edit content use their own files, so they do not disturb others.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public TempContentFolder Content { get; } = new TempContentFolder().CopyFrom(RepositoryPaths.Content);

    public AppProcess App { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots for people to look at, kept after the run (artifacts/ is git-ignored).</summary>
    public static string Screenshots { get; } = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Screenshots);
        App = await AppProcess.StartAsync(Content.Root, TimeSpan.FromSeconds(90));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh page (own cookies and storage) on the app, once the page is interactive.</summary>
    public async Task<IPage> OpenAsync(string path = "/", ColorScheme colorScheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 860 },
            ColorScheme = colorScheme,
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        Content.Dispose();
    }
}
