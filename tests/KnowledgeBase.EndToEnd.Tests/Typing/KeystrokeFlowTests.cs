using System.Web;
using KnowledgeBase.TestSupport.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.EndToEnd.Tests.Typing;

/// <summary>
/// An agent mid-call clears the box with Esc and types the next question at once, on a slow link or
/// a slow machine. No keystroke may be lost: after every query the box, the address and the results
/// say what was typed, and the insights log holds exactly the queries typed. Each test runs on an app
/// of its own, so its insights log holds its own searches only.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KeystrokeFlowTests(BrowserFixture fixture)
{
    /// <summary>Twenty questions and the title of the result each must put first (shipped content, English preferred).</summary>
    public static IReadOnlyList<(string Query, string FirstResult)> Queries { get; } =
    [
        ("compensation limit", "Compensation limits"),
        ("delivery times", "Delivery times"),
        ("doba doruceni", "Doba doručení"),
        ("restocking fee", "Refunds, exchanges and the restocking fee"),
        ("where do orders ship from", "Delivery times"),
        ("escalation process", "Escalation process"),
        ("warranty", "Warranty terms"),
        ("chargeback", "Chargeback and card dispute"),
        ("lost parcel", "Lost parcel"),
        ("coupon codes", "Discounts and coupon codes"),
        ("best price guarantee", "Best-price guarantee"),
        ("signature instructions", "Third-party signature instructions"),
        ("contact directory", "Contact directory"),
        ("roles and responsibilities", "Roles and responsibilities"),
        ("internal systems", "Navigating our internal systems"),
        ("product codes", "Product codes and product information"),
        ("billing question", "Billing question"),
        ("piegades laiks", "Piegādes laiks"),
        ("delais de livraison", "Délais de livraison"),
        ("order insurance", "Order insurance and claims"),
    ];

    static KeystrokeFlowTests()
    {
        // A loaded 2-core CI machine with a throttled browser is slow; assertions retry until this long.
        SetDefaultExpectTimeout(30_000);
    }

    [BrowserFact]
    public Task TwentyQueries_TypedRightAfterEsc_OverA150MsRoundTrip_LoseNoKeystroke() =>
        TypeAfterEscapeAsync("slow-link", async (page, cdp) =>
        {
            await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
            {
                ["offline"] = false,
                ["latency"] = 150,
                ["downloadThroughput"] = -1,
                ["uploadThroughput"] = -1,
            });

            // The emulation above leaves WebSocket frames alone, and the circuit is a WebSocket.
            await page.AddInitScriptAsync(SlowCircuit.InitScript(150));
            await page.ReloadAsync();
            await page.Locator("body[data-ready=true]").WaitForAsync();
        });

    [BrowserFact]
    public Task TwentyQueries_TypedRightAfterEsc_OnAFourTimesSlowerCpu_LoseNoKeystroke() =>
        TypeAfterEscapeAsync("slow-cpu", (_, cdp) => cdp.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = 4 }));

    private async Task TypeAfterEscapeAsync(string condition, Func<IPage, ICDPSession, Task> slowDown)
    {
        await using var app = await TypingApp.StartAsync(fixture.Browser);
        var page = app.Page;
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        await slowDown(page, cdp);
        var box = page.Locator("#search-input");
        await box.FocusAsync();

        var wrong = new List<string>();
        for (var i = 0; i < Queries.Count; i++)
        {
            var (query, firstResult) = Queries[i];
            await page.Keyboard.PressAsync("Escape");
            await page.Keyboard.TypeAsync(query, new() { Delay = 40 + (10 * (i % 3)) });

            // The signal: the results on screen are for the box's newest change. The box, the address
            // and the first result are read then, when any late write from the server would have landed.
            var sequence = await box.GetAttributeAsync("data-sequence");
            await Expect(page.Locator(".results-panel")).ToHaveAttributeAsync("data-searched", sequence ?? "(no sequence on the box)");
            var (value, address, first) = (await box.InputValueAsync(), HttpUtility.ParseQueryString(new Uri(page.Url).Query)["q"], await page.Locator("#result-0 .result-title").TextContentAsync());
            if ((value, address, first) != (query, query, firstResult))
            {
                wrong.Add($"typed \"{query}\": box \"{value}\", address \"{address}\", first result \"{first}\" (expected \"{firstResult}\")");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, $"typing-{condition}.png") });

        // Esc after reading the results logs the search on screen; the log is written in the background.
        await page.Keyboard.PressAsync("Escape");
        var logged = await WaitForLoggedSearchesAsync(app, Queries.Count);
        Assert.Equal(Queries.Select(q => q.Query).Order(StringComparer.Ordinal), logged.Keys.Order(StringComparer.Ordinal));
        Assert.All(logged, search => Assert.Equal(1, search.Value));
    }

    // Polls the export until it holds as many queries as typed (or more: then the comparison shows them).
    private static async Task<IReadOnlyDictionary<string, int>> WaitForLoggedSearchesAsync(TypingApp app, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var logged = await app.LoggedSearchesAsync();
            if (logged.Count >= count || DateTime.UtcNow > deadline)
            {
                return logged;
            }

            await app.Page.WaitForTimeoutAsync(200);
        }
    }
}
