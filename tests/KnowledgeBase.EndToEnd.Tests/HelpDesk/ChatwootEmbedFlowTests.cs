using KnowledgeBase.TestSupport;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.EndToEnd.Tests.HelpDesk;

/// <summary>
/// The Chatwoot dashboard app in Chromium, framed by a stand-in for Chatwoot on another origin that
/// posts the documented payload: the conversation, contact and suggestions appear; what the agent
/// types wins; hostile payloads are explained and ignored; a page on an origin that is not configured
/// cannot frame it, and no other page can be framed at all. The app runs on its own, configured for
/// the stand-in's origin.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChatwootEmbedFlowTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string LostParcel = "My parcel never arrived, order BC-2026-104233. Where is it?";

    static ChatwootEmbedFlowTests()
    {
        SetDefaultExpectTimeout(15_000);
    }

    private sealed class Setup : IAsyncDisposable
    {
        public required TempContentFolder Content { get; init; }
        public required AppProcess App { get; init; }
        public required ChatwootHarness Allowed { get; init; }
        public required ChatwootHarness Other { get; init; }
        public required IBrowserContext Browser { get; init; }

        public async ValueTask DisposeAsync()
        {
            await Browser.DisposeAsync();
            Allowed.Dispose();
            Other.Dispose();
            await App.DisposeAsync();
            Content.Dispose();
        }
    }

    /// <summary>The app configured for one harness's origin, its first admin signed in in a browser context of 1,280 px.</summary>
    private async Task<Setup> StartAsync()
    {
        var allowedPort = ChatwootHarness.FreePort();
        var content = new TempContentFolder().CopyFrom(RepositoryPaths.Content);
        var settings = new Dictionary<string, string>(BrowserFixture.Settings)
        {
            ["KnowledgeBase__Embed__ChatwootOrigins__0"] = ChatwootHarness.OriginOf(allowedPort),
        };
        var app = await AppProcess.StartAsync(content.Root, TimeSpan.FromSeconds(90), settings);
        var browser = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 860 },
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await BrowserFixture.CreateFirstAdminAsync(page, BrowserFixture.AdminName, BrowserFixture.Password);
        await page.CloseAsync();
        return new Setup
        {
            Content = content,
            App = app,
            Allowed = new ChatwootHarness(allowedPort, app.Address),
            Other = new ChatwootHarness(ChatwootHarness.FreePort(), app.Address),
            Browser = browser,
        };
    }

    private static async Task<IFrame> EmbedAsync(IPage page)
    {
        await page.Locator("iframe").WaitForAsync();
        var frame = await (await page.QuerySelectorAsync("iframe"))!.ContentFrameAsync() ?? throw new InvalidOperationException("no frame");
        await frame.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 30_000 });

        // The live page asked Chatwoot for the conversation: its script is attached.
        await page.WaitForFunctionAsync("kbTest.requests > 0");
        return frame;
    }

    /// <summary>Sends a conversation from the harness and returns, in ms, how long until its first suggestion shows in the frame.</summary>
    private static async Task<double> SendAndTimeAsync(IPage page, IFrame frame, int conversation, string name, string message, string expectedTitle)
    {
        var shown = frame.EvaluateAsync<double>("""
            (title) => new Promise((resolve) => {
              const done = () => {
                const first = document.querySelector('.suggestion-use');
                if (first && first.textContent.includes(title)) { resolve(Date.now()); return true; }
                return false;
              };
              if (!done()) { new MutationObserver((_, observer) => { if (done()) { observer.disconnect(); } }).observe(document.body, { childList: true, subtree: true, characterData: true }); }
            })
            """, expectedTitle);
        var sent = await page.EvaluateAsync<double>($"send(context({conversation}, '{name}', 'customer@example.com', '{message}'))");
        return await shown - sent;
    }

    [BrowserFact]
    public async Task ChatwootsContext_FillsTheEmbed_ConversationCustomerAndSuggestions_AndTheAgentsTypingWins()
    {
        await using var setup = await StartAsync();
        var page = await setup.Browser.NewPageAsync();

        await page.GotoAsync(setup.Allowed.PageFor(preload: true));
        var frame = await EmbedAsync(page);

        // Posted by the harness when the frame loaded, before the page was live: kept, then delivered.
        await Expect(frame.Locator("#embed-conversation")).ToHaveTextAsync("#42");
        await Expect(frame.Locator("#embed-customer")).ToHaveTextAsync("Jana Nováková");
        await Expect(frame.Locator("#embed-agent")).ToContainTextAsync("Ada Admin");
        await Expect(frame.Locator("#customer-message")).ToHaveValueAsync(LostParcel);
        await Expect(frame.Locator(".suggestion-use").First).ToContainTextAsync("Lost parcel");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "chatwoot-embed-in-harness.png") });

        // Chatwoot's frame delegates no clipboard permission (Frame.vue sets no allow=""): Copy still copies.
        await frame.Locator("#reply-text").FillAsync("Thanks, I am checking your parcel now.");
        await frame.Locator("#copy-reply").ClickAsync();
        await Expect(frame.Locator("#kb-toast")).ToHaveTextAsync("Reply copied");
        Assert.Equal("Thanks, I am checking your parcel now.", await page.EvaluateAsync<string>("navigator.clipboard.readText()"));

        await frame.Locator(".suggestion-use", new() { HasText = "Lost parcel" }).ClickAsync();
        await Expect(frame.Locator("#inline-known summary")).ToContainTextAsync("Jana");
        await Expect(frame.Locator("#inline-preview")).ToContainTextAsync("Jana.");
        await (await page.QuerySelectorAsync("iframe"))!.ScreenshotAsync(new ElementHandleScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "chatwoot-embed-400px.png") });

        // The agent edits the message; Chatwoot sending the same conversation again does not undo that.
        await frame.Locator("#customer-message").FillAsync("Where is my refund?");
        await page.EvaluateAsync("send(JSON.parse(kbTest.payload))");
        await frame.Locator("#embed-refresh").ClickAsync();
        await Expect(frame.Locator(".suggestion-use").First).ToContainTextAsync("Refund confirmation");
        await Expect(frame.Locator("#customer-message")).ToHaveValueAsync("Where is my refund?");

        // Another conversation: its message and customer replace the previous ones.
        var timings = new List<double>();
        for (var i = 0; i < 6; i++)
        {
            var lost = i % 2 == 0;
            timings.Add(await SendAndTimeAsync(page, frame, 100 + i, lost ? "Petr Novák" : "Eva Dvořák",
                lost ? "My parcel never arrived" : "Where is my refund? I sent the kettle back", lost ? "Lost parcel" : "Refund confirmation"));
        }

        await Expect(frame.Locator("#embed-conversation")).ToHaveTextAsync("#105");
        timings.Sort();
        output.WriteLine($"Chatwoot message → first suggestion shown: median {timings[timings.Count / 2]:0} ms, min {timings[0]:0} ms, max {timings[^1]:0} ms ({string.Join(", ", timings.Select(t => t.ToString("0", System.Globalization.CultureInfo.InvariantCulture)))})");
        File.WriteAllText(Path.Combine(BrowserFixture.Screenshots, "chatwoot-embed-timings.txt"), string.Join('\n', timings));
    }

    [BrowserFact]
    public async Task HostileOrHugePayloads_AreIgnored_WithAReason_AndTheNextGoodOneWorks()
    {
        await using var setup = await StartAsync();
        var page = await setup.Browser.NewPageAsync();
        await page.GotoAsync(setup.Allowed.PageFor());
        var frame = await EmbedAsync(page);
        await Expect(frame.Locator("#embed-context")).ToContainTextAsync("Waiting for the conversation");

        await page.EvaluateAsync("sendRaw('x'.repeat(2_000_000))");
        await Expect(frame.Locator("#embed-problem")).ToContainTextAsync("Ignored a message from Chatwoot of 2000000 characters");

        await page.EvaluateAsync("sendRaw('{\"event\": \"appContext\", \"data\": ')");
        await Expect(frame.Locator("#embed-problem")).ToContainTextAsync("not JSON");

        await page.EvaluateAsync("sendRaw(JSON.stringify({ event: 'appContext', data: { conversation: 'nope' } }))");
        await Expect(frame.Locator("#embed-problem")).ToContainTextAsync("without a conversation");

        await page.EvaluateAsync("send(context(7, '<img src=x onerror=alert(1)>', 'x@example.com', '<b>My parcel never arrived</b>'))");
        await Expect(frame.Locator("#embed-customer")).ToHaveTextAsync("<img src=x onerror=alert(1)>");
        await Expect(frame.Locator("#embed-problem")).ToHaveCountAsync(0);
        Assert.Equal(0, await frame.Locator("#embed-context img, #customer-message b").CountAsync());
        await Expect(frame.Locator(".suggestion-use").First).ToContainTextAsync("Lost parcel");
    }

    [BrowserFact]
    public async Task APageOnAnotherOrigin_CannotFrameTheEmbed_AndNoOtherPageCanBeFramedAtAll()
    {
        await using var setup = await StartAsync();
        var page = await setup.Browser.NewPageAsync();

        foreach (var address in new[] { setup.Other.PageFor(preload: true), setup.Allowed.PageFor("/reply") })
        {
            await page.GotoAsync(address);
            await page.WaitForFunctionAsync("kbTest.loaded");

            var frame = await (await page.QuerySelectorAsync("iframe"))!.ContentFrameAsync();
            Assert.NotNull(frame);
            Assert.Equal(0, await frame.Locator("#customer-message").CountAsync());
            Assert.Equal(0, await page.EvaluateAsync<int>("kbTest.requests"));
        }
    }
}
