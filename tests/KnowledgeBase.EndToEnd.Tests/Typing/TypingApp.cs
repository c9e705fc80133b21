using System.Globalization;
using KnowledgeBase.TestSupport;
using Microsoft.Playwright;

namespace KnowledgeBase.EndToEnd.Tests.Typing;

/// <summary>
/// An app of its own for one typing test: its insights log then holds exactly the searches that test
/// made, so "every logged search equals what was typed" can be checked without other tests' searches
/// in the way. Signed in as the first admin (who may read the insights export) in the shared browser.
/// </summary>
public sealed class TypingApp : IAsyncDisposable
{
    private readonly TempContentFolder _content;
    private readonly AppProcess _app;
    private readonly IBrowserContext _context;

    private TypingApp(TempContentFolder content, AppProcess app, IBrowserContext context, IPage page)
    {
        _content = content;
        _app = app;
        _context = context;
        Page = page;
    }

    /// <summary>The search page, connected, with the index built.</summary>
    public IPage Page { get; }

    public static async Task<TypingApp> StartAsync(IBrowser browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var content = new TempContentFolder().CopyFrom(RepositoryPaths.Content);
        var app = await AppProcess.StartAsync(content.Root, TimeSpan.FromSeconds(90), BrowserFixture.Settings);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 860 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await BrowserFixture.CreateFirstAdminAsync(page, BrowserFixture.AdminName, BrowserFixture.Password);
        await page.GotoAsync("/");
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 30_000 });
        await page.Locator(".notice").WaitForAsync(new() { State = WaitForSelectorState.Hidden, Timeout = 60_000 });
        return new TypingApp(content, app, context, page);
    }

    /// <summary>The queries the insights log holds for today, with how often each was logged (the lead's CSV export).</summary>
    public async Task<IReadOnlyDictionary<string, int>> LoggedSearchesAsync()
    {
        var response = await _context.APIRequest.GetAsync("/insights/export/top-searches.csv?days=7");
        var csv = await response.TextAsync();
        if (response.Status != 200)
        {
            throw new InvalidOperationException($"insights export: HTTP {response.Status}\n{csv}");
        }

        return Csv.Rows(csv).Skip(1).ToDictionary(row => row[0], row => int.Parse(row[1], NumberStyles.Number, CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        await _app.DisposeAsync();
        _content.Dispose();
    }
}
