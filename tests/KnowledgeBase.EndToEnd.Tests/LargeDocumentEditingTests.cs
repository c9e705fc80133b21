using System.Text;
using KnowledgeBase.TestSupport;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.EndToEnd.Tests;

/// <summary>
/// A team lead edits a 200 KB SOP (a GitLab handbook page, padded) in the browser: typing stays
/// cheap on the wire, nothing typed is lost, and the connection stays up, also on a slow link.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LargeDocumentEditingTests(BrowserFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly List<string> _written = [];
    private const string Typed = " Typed at the end of a 200 KB SOP.";

    static LargeDocumentEditingTests()
    {
        SetDefaultExpectTimeout(30_000);
    }

    /// <summary>The largest handbook page, its body repeated under numbered headings until the file passes 200 KB.</summary>
    private string WriteLargeSop(string slug)
    {
        var handbook = SharedDatasets.Require(RepositoryPaths.GitLabHandbook);
        var source = Directory.EnumerateFiles(handbook, "*.md", SearchOption.AllDirectories).OrderByDescending(f => new FileInfo(f).Length).ThenBy(f => f, StringComparer.Ordinal).First();
        var text = File.ReadAllText(source).Replace("\r\n", "\n", StringComparison.Ordinal);
        var body = text.StartsWith("---\n", StringComparison.Ordinal) ? text[(text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..] : text;
        var file = new StringBuilder("---\ntitle: Handbook page, padded\nsummary: A 200 KB SOP for the editor test.\n---\n");
        for (var part = 1; Encoding.UTF8.GetByteCount(file.ToString()) < 200 * 1024; part++)
        {
            file.Append("\n## Part ").Append(part).Append("\n\n").Append(body.Trim()).Append('\n');
        }

        var relative = $"articles/en/large/{slug}.md";
        fixture.Content.Write(relative, file.ToString());
        _written.Add(relative);
        return relative;
    }

    private async Task<(IPage Page, Func<long> BytesSent)> LeadEditorAsync(string relative, bool slowLink)
    {
        var lead = await fixture.AddUserAsync("Lead");
        var page = await fixture.NewPageAsync(fixture.App.Address);
        await BrowserFixture.SignInAsync(page, lead, BrowserFixture.Password);
        if (slowLink)
        {
            // A slow office or mobile link: 300 ms round trips, 256 kbit/s up, 1 Mbit/s down.
            var cdp = await page.Context.NewCDPSessionAsync(page);
            await cdp.SendAsync("Network.enable");
            await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
            {
                ["offline"] = false,
                ["latency"] = 300,
                ["uploadThroughput"] = 32 * 1024,
                ["downloadThroughput"] = 128 * 1024,
            });
        }

        long sent = 0;
        page.WebSocket += (_, socket) => socket.FrameSent += (_, frame) =>
            Interlocked.Add(ref sent, frame.Binary?.Length ?? Encoding.UTF8.GetByteCount(frame.Text ?? ""));
        await page.GotoAsync("/edit/" + relative[..^3]);
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 60_000 });
        return (page, () => Interlocked.Read(ref sent));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>
    /// The padded handbook pages must not stay in the shared app's search for the other browser
    /// tests: deleted, then waited for until the app no longer shows them.
    /// </summary>
    public async Task DisposeAsync()
    {
        foreach (var relative in _written)
        {
            File.Delete(Path.Combine(fixture.Content.Root, relative));
            var page = await fixture.OpenAsync("/" + relative[..^3]);
            for (var attempt = 0; attempt < 50 && await page.Locator("h1:has-text('Handbook page')").CountAsync() > 0; attempt++)
            {
                await page.ReloadAsync();
            }

            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task TypingIntoA200KbSop_SendsOnlyTheChange_AndSavingKeepsEveryCharacter()
    {
        var relative = WriteLargeSop("handbook-200k");
        var original = await File.ReadAllTextAsync(Path.Combine(fixture.Content.Root, relative));
        var (page, bytesSent) = await LeadEditorAsync(relative, slowLink: false);
        var body = page.Locator("#edit-body");
        await body.FocusAsync();
        await page.Keyboard.PressAsync("Control+End");

        var before = bytesSent();
        await page.Keyboard.TypeAsync(Typed);
        await Expect(page.Locator("#preview-body")).ToContainTextAsync(Typed.Trim());
        var perKey = (bytesSent() - before) / (double)Typed.Length;
        output.WriteLine($"200 KB SOP ({original.Length:N0} chars): {perKey:N0} bytes sent per keystroke");
        Assert.True(perKey < 1_000, $"typing sent {perKey:N0} bytes per keystroke");
        // The text never crossed whole: the script found the textarea as the server rendered it.
        Assert.True(bytesSent() < original.Length / 2, $"the page sent {bytesSent():N0} bytes for a {original.Length:N0}-character text");

        await page.Keyboard.PressAsync("Control+s");

        await Expect(page.Locator("[role=status]").First).ToContainTextAsync("Saved");
        Assert.Equal(original + Typed, await File.ReadAllTextAsync(Path.Combine(fixture.Content.Root, relative)));
        await Expect(page.Locator("#components-reconnect-modal")).Not.ToBeVisibleAsync();
        await page.Locator("#edit-title").FillAsync("Handbook page, padded and edited");
        await Expect(page.Locator(".editor-header h1")).ToHaveTextAsync("Handbook page, padded and edited");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "lead-editor-200kb-saved.png") });
    }

    /// <summary>
    /// On a slow link the editor's script can arrive after the textarea shows: what the lead types
    /// and saves meanwhile (the case a CI run caught) must reach the file, and what is typed afterwards still
    /// reaches the server.
    /// </summary>
    [BrowserFact]
    public async Task TypingAndSavingBeforeTheEditorScriptArrives_LosesNothing()
    {
        // A short SOP: the script is held by the route, not by the size of the page.
        const string relative = "articles/en/large/script-late.md";
        const string original = "---\ntitle: Handbook page, short\n---\n## Part 1\n\nThe firmographic profile of the account.\n";
        fixture.Content.Write(relative, original);
        _written.Add(relative);
        var requested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var lead = await fixture.AddUserAsync("Lead");
        var page = await fixture.NewPageAsync(fixture.App.Address);
        await BrowserFixture.SignInAsync(page, lead, BrowserFixture.Password);
        await page.RouteAsync("**/js/editor*.js*", async route =>
        {
            requested.TrySetResult();
            await release.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync("/edit/" + relative[..^3]);
        await requested.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await page.Locator("#edit-body").FocusAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync(Typed);
        await page.Keyboard.PressAsync("Control+s");

        release.SetResult();
        await Expect(page.Locator("[role=status]").First).ToContainTextAsync("Saved", new() { Timeout = 60_000 });
        Assert.Equal(original + Typed, await File.ReadAllTextAsync(Path.Combine(fixture.Content.Root, relative)));

        // The server's copy keeps following: its preview shows what is typed next.
        await page.Keyboard.TypeAsync(" And after.");
        await Expect(page.Locator("#preview-body")).ToContainTextAsync("Typed at the end of a 200 KB SOP. And after.");
    }

    [BrowserFact]
    public async Task TypingIntoA200KbSop_OverASlowLink_LosesNothing()
    {
        var relative = WriteLargeSop("handbook-200k-slow");
        var original = await File.ReadAllTextAsync(Path.Combine(fixture.Content.Root, relative));
        var (page, _) = await LeadEditorAsync(relative, slowLink: true);
        await page.Locator("#edit-body").FocusAsync();
        await page.Keyboard.PressAsync("Control+End");

        await page.Keyboard.TypeAsync(Typed);
        await page.Keyboard.PressAsync("Control+s");

        await Expect(page.Locator("[role=status]").First).ToContainTextAsync("Saved", new() { Timeout = 60_000 });
        Assert.Equal(original + Typed, await File.ReadAllTextAsync(Path.Combine(fixture.Content.Root, relative)));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "lead-editor-200kb-slow-link.png") });
    }
}
