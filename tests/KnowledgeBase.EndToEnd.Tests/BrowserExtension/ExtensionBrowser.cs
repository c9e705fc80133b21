using Microsoft.Playwright;

namespace KnowledgeBase.EndToEnd.Tests.BrowserExtension;

/// <summary>
/// Debian's Chromium with the unpacked extension loaded (extensions need a persistent context; new
/// headless mode runs them), and the help-desk test pages on their own origin. The extension's id is
/// fixed by the public key in its manifest, so the app's CORS setting can name it before it loads.
/// </summary>
public sealed class ExtensionBrowser : IAsyncLifetime
{
    /// <summary>The id the manifest's "key" gives the extension (README: allowed origin chrome-extension://…).</summary>
    public const string ExtensionId = "hegklhijmclonnobjeakagfpoioihnke";

    private readonly string _profile = Path.Combine(Path.GetTempPath(), "kb-tests", "extension-profile-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private HelpDeskServer? _helpDesk;

    public IBrowserContext Context { get; private set; } = null!;

    /// <summary>
    /// The extension's options page, kept open: the tests save settings through it, and read through it
    /// what the background worker remembers (chrome.storage.session), since an idle service worker may stop.
    /// </summary>
    public IPage Options { get; private set; } = null!;

    /// <summary>The personal access token the tests' agent created on My details (set by the first test).</summary>
    public string? Token { get; set; }

    public Uri HelpDesk => _helpDesk?.Address ?? throw new InvalidOperationException("the help desk is not running");

    public static string PageUrl(string page) => $"chrome-extension://{ExtensionId}/{page}";

    public async Task InitializeAsync()
    {
        if (ExtensionFactAttribute.SkipReason is not null)
        {
            return;
        }

        var extension = await ExtensionBuild.EnsureBuiltAsync();
        _helpDesk = HelpDeskServer.Start();
        _playwright = await Playwright.CreateAsync();
        Context = await _playwright.Chromium.LaunchPersistentContextAsync(_profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                $"--disable-extensions-except={extension}", $"--load-extension={extension}",
            ],
        });
        // The options page opens only if Chromium loaded the extension under the id its key gives.
        Options = Context.Pages.FirstOrDefault() ?? await Context.NewPageAsync();
        await Options.GotoAsync(PageUrl("options.html"));
        await Options.Locator("body[data-ready=true]").WaitForAsync();
    }

    public async Task DisposeAsync()
    {
        if (Context is not null)
        {
            await Context.DisposeAsync();
        }

        _playwright?.Dispose();
        _helpDesk?.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
        catch (IOException)
        {
        }
    }
}
