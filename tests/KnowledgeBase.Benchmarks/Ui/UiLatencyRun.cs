using System.Globalization;
using System.Text;
using KnowledgeBase.Benchmarks.Measurements;
using KnowledgeBase.TestSupport;
using Microsoft.Playwright;

namespace KnowledgeBase.Benchmarks.Ui;

/// <summary>
/// Time from a keystroke in the search box to the updated results being painted, in Chromium
/// against the running app: the page notes when the character goes in, and the first animation frame after
/// the results panel reports a new search. One keystroke at a time, so each sample is the whole
/// path an agent waits for — debounce, round trip to the server, search, render, paint.
/// </summary>
public static class UiLatencyRun
{
    private const string Recorder = """
        () => {
          const state = window.__kbLatency = { keydown: 0, painted: 0 };
          // beforeinput, not keydown: text typed without a key mapping (Cyrillic in Playwright) raises no keydown.
          document.getElementById('search-input').addEventListener('beforeinput', () => { state.keydown = performance.now(); }, true);
          const panel = document.querySelector('.results-panel');
          new MutationObserver(() => requestAnimationFrame(() => { state.painted = performance.now(); }))
            .observe(panel, { attributes: true, attributeFilter: ['data-searched'] });
        }
        """;

    public static readonly IReadOnlyDictionary<string, string[]> Queries = new Dictionary<string, string[]>
    {
        ["content"] =
        [
            "delivery times", "where do orders ship from", "refund", "restocking fee", "escalation level 3",
            "compensation limit", "warranty claim", "chargeback", "lost parcel", "coupon winter25",
            "сроки доставки", "doba doruceni", "piegades laiks", "delais de livraison", "third party signature",
        ],
        ["handbook"] =
        [
            "support ticket", "escalation", "security incident", "onboarding", "merge request review",
            "customer success", "license renewal", "zendesk macros", "on call", "account verification",
            "emergency", "feedback", "travel policy", "expense report", "handbook usage",
        ],
    };

    public static async Task<string> RunAsync(IReadOnlyList<string> corpora)
    {
        var report = new StringBuilder();
        report.AppendLine("| corpus | keystrokes | p50 | p95 | max |");
        report.AppendLine("|---|---:|---:|---:|---:|");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        foreach (var corpus in corpora)
        {
            var root = corpus == "content" ? RepositoryPaths.Content : RepositoryPaths.GitLabHandbook;
            await using var app = await AppProcess.StartAsync(root, TimeSpan.FromMinutes(2));
            var samples = await MeasureAsync(browser, app.Address, Queries[corpus]);
            report.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {corpus} | {samples.Count} | {Percentiles.Of(samples, 50):0} ms | {Percentiles.Of(samples, 95):0} ms | {samples.Max():0} ms |"));
        }

        return report.ToString();
    }

    private static async Task<List<double>> MeasureAsync(IBrowser browser, Uri address, string[] queries)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = address.ToString() });
        await page.GotoAsync("/");

        // A fresh app has no accounts yet: the first visitor lands on /setup and creates the admin.
        await page.Locator("#setup-username").FillAsync("bench");
        await page.Locator("#setup-password").FillAsync("bench-password");
        await page.Locator("#setup-confirm").FillAsync("bench-password");
        await page.Locator("#create-admin").ClickAsync();
        await page.Locator("body[data-ready=true]").WaitForAsync();

        // Wait out the first build of the index: the notice goes when searching is fully ready.
        await page.Locator(".notice").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden, Timeout = 180_000 });
        await page.EvaluateAsync(Recorder);

        var samples = new List<double>();
        foreach (var query in queries.Concat(queries))
        {
            foreach (var character in query)
            {
                var before = await page.EvaluateAsync<double>("() => window.__kbLatency.painted");
                await page.Keyboard.TypeAsync(character.ToString());
                await page.WaitForFunctionAsync("before => window.__kbLatency.painted > before && window.__kbLatency.painted > window.__kbLatency.keydown", before);
                samples.Add(await page.EvaluateAsync<double>("() => window.__kbLatency.painted - window.__kbLatency.keydown"));
                if (samples[^1] > 100)
                {
                    Console.Error.WriteLine($"  slow: {samples[^1]:0} ms after '{character}' in \"{query}\"");
                }
            }

            var cleared = await page.EvaluateAsync<double>("() => window.__kbLatency.painted");
            await page.Keyboard.PressAsync("Escape");
            await page.WaitForFunctionAsync("before => window.__kbLatency.painted > before", cleared);
        }

        // The first pass warmed the server up (JIT, caches); report the second.
        return samples[(samples.Count / 2)..];
    }
}
