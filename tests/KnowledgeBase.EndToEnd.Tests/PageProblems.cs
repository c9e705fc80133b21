using Microsoft.Playwright;

namespace KnowledgeBase.EndToEnd.Tests;

/// <summary>Collects what goes wrong on a page: console errors, uncaught errors and Content-Security-Policy violations.</summary>
internal static class PageProblems
{
    // Playwright's init scripts run outside the page's CSP: they can listen for what the CSP blocks.
    public static async Task<List<string>> WatchAsync(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"{page.Url}: console error: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"{page.Url}: page error: {error}");
        await page.Context.AddInitScriptAsync("""
            document.addEventListener('securitypolicyviolation', (e) =>
              console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
            """);
        return problems;
    }
}
