using System.Globalization;
using System.Text;
using KnowledgeBase.Benchmarks.Measurements;
using KnowledgeBase.TestSupport;
using Microsoft.Playwright;

namespace KnowledgeBase.Benchmarks.Ui;

/// <summary>
/// Time from a keystroke in the search box to the painted results that include it, in Chromium
/// against the running app (see <see cref="UiAgent"/>): one agent typing a character at a time; the
/// same agent on a 4× throttled CPU and over a 150 ms round trip; 20 agents (pages of one browser)
/// typing their own queries at once; and the app's resident memory per connected agent.
/// </summary>
public static class UiLatencyRun
{
    /// <summary>How many agents type at once in the concurrent line.</summary>
    public const int Agents = 20;

    /// <summary>Time between key presses for the concurrent agents: a fast typist (about 8 keys a second).</summary>
    public const int TypingDelayMs = 120;

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
        report.AppendLine(CultureInfo.InvariantCulture, $"load average before: {Load()}");
        report.AppendLine();
        report.AppendLine("| corpus | line | keystrokes | p50 | p95 | max |");
        report.AppendLine("|---|---|---:|---:|---:|---:|");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var memory = new StringBuilder();
        var cpus = new StringBuilder();
        foreach (var corpus in corpora)
        {
            var root = corpus == "content" ? RepositoryPaths.Content : RepositoryPaths.GitLabHandbook;
            await using var app = await AppProcess.StartAsync(root, TimeSpan.FromMinutes(2));
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.Address.ToString() });
            await SignInAsync(context);
            var queries = Queries[corpus];
            void Line(string line, List<double> samples)
            {
                Console.Error.WriteLine($"  {corpus}: {line} done ({samples.Count} keystrokes, load {Load()})");
                report.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {corpus} | {line} | {samples.Count} | {Percentiles.Of(samples, 50):0} ms | {Percentiles.Of(samples, 95):0} ms | {samples.Max():0} ms |"));
            }

            // One agent, a character at a time; the first pass warms the server up (JIT, caches).
            var single = await UiAgent.OpenAsync(context);
            await single.TypeEachWaitedAsync(queries);
            await single.TakeSamplesAsync();
            await single.TypeEachWaitedAsync(queries);
            Line("1 agent", await single.TakeSamplesAsync());

            var cdp = await context.NewCDPSessionAsync(single.Page);
            await cdp.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = 4 });
            await single.TypeEachWaitedAsync(queries);
            Line("1 agent, CPU 4× throttled", await single.TakeSamplesAsync());
            await cdp.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = 1 });

            await cdp.DetachAsync();
            await single.Page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });

            var far = await UiAgent.OpenAsync(context, roundTripMs: 150);
            await far.TypeEachWaitedAsync(queries.Take(5));
            Line("1 agent, 150 ms round trip", await far.TakeSamplesAsync());
            await far.Page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });

            // Memory: no page connected, then 20 (idle), then 20 after typing.
            var idle = await SettledResidentBytesAsync(app);
            var agents = new List<UiAgent>();
            for (var i = 0; i < Agents; i++)
            {
                agents.Add(await UiAgent.OpenAsync(context));
            }

            var connected = await SettledResidentBytesAsync(app);

            // 20 agents at once, each its own rotation of the queries; the first round warms up.
            var cpu = CpuShare.Start(app.ProcessId);
            for (var round = 0; round < 2; round++)
            {
                foreach (var agent in agents)
                {
                    await agent.TakeSamplesAsync();
                }

                cpu = CpuShare.Start(app.ProcessId);
                await Task.WhenAll(agents.Select((agent, i) => agent.TypeAtPaceAsync(Rotation(queries, i), TypingDelayMs)));
            }

            cpus.AppendLine(CultureInfo.InvariantCulture, $"| {corpus} | {cpu.Stop()} |");

            var all = new List<double>();
            foreach (var agent in agents)
            {
                all.AddRange(await agent.TakeSamplesAsync());
            }

            Line($"{Agents} agents at once, {TypingDelayMs} ms per key", all);
            var typed = await SettledResidentBytesAsync(app);
            memory.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {corpus} | {Mb(idle)} | {Mb(connected)} | {Mb(typed)} | {Mb((connected - idle) / Agents)} | {Mb((typed - idle) / Agents)} |"));
            foreach (var agent in agents)
            {
                await agent.Page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
            }
        }

        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"| corpus | app RSS, 0 pages | {Agents} pages connected | after they typed | per agent, connected | per agent, after typing |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|");
        report.Append(memory);
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"| corpus | while {Agents} agents typed (second round): {CpuShare.Header} |");
        report.AppendLine("|---|---|");
        report.Append(cpus);
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"load average after: {Load()}");
        return report.ToString();
    }

    private static async Task SignInAsync(IBrowserContext context)
    {
        // A fresh app has no accounts yet: the first visitor lands on /setup and creates the admin.
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("#setup-username").FillAsync("bench");
        await page.Locator("#setup-password").FillAsync("bench-password");
        await page.Locator("#setup-confirm").FillAsync("bench-password");
        await page.Locator("#create-admin").ClickAsync();
        await page.Locator("body[data-ready=true]").WaitForAsync();

        // Wait out the first build of the index: the notice goes when searching is fully ready.
        await page.Locator(".notice").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden, Timeout = 180_000 });
        await page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
    }

    private static IEnumerable<string> Rotation(string[] queries, int agent) =>
        queries.Skip(agent % queries.Length).Concat(queries.Take(agent % queries.Length));

    /// <summary>
    /// The app's resident memory once it stops moving: read every half second until two readings
    /// a second apart differ by under 1 MB (circuits close and the GC settles in the background),
    /// at most 20 s. This is a benchmark, not a test: waiting on the clock is the measurement.
    /// </summary>
    private static async Task<long> SettledResidentBytesAsync(AppProcess app)
    {
        var readings = new List<long> { app.ResidentBytes() };
        for (var i = 0; i < 40; i++)
        {
            await Task.Delay(500);
            readings.Add(app.ResidentBytes());
            if (readings.Count >= 3 && Math.Abs(readings[^1] - readings[^3]) < 1 << 20)
            {
                break;
            }
        }

        return readings[^1];
    }

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.0} MB");

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
}
