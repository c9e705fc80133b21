using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.EndToEnd.Tests.BrowserExtension;

/// <summary>The steps the extension tests share: set-up as an agent would do it, and reading what the extension remembers.</summary>
public sealed partial class ExtensionFlowTests
{
    private static readonly HttpClient Http = new();

    /// <summary>
    /// Once per run: a new agent fills in My details (templates sign with them), creates a personal
    /// access token there, and saves the server's address and the token in the extension's options.
    /// </summary>
    private async Task ConfigureAsync()
    {
        if (extension.Token is not null)
        {
            return;
        }

        var page = await app.OpenAsync("/settings");
        await page.Locator("body[data-ready=true]").WaitForAsync();
        await SaveMyDetailsAsync(page);
        var token = await CreateTokenAsync(page);
        await page.Context.CloseAsync();
        Assert.Contains("Connected", await SaveOptionsAsync(app.App.Address.ToString(), token), StringComparison.Ordinal);
        extension.Token = token;
    }

    private static async Task SaveMyDetailsAsync(IPage page)
    {
        await page.Locator("#agent-name").FillAsync("Petra Nováková");
        await page.Locator("#agent-email").FillAsync("petra@brightcart.example");
        await page.Locator("#agent-signature").FillAsync("Petra Nováková\nBrightcart Customer Care");
        await page.Locator("#save-details").ClickAsync();
        await Expect(page.Locator(".settings [role=status]")).ToContainTextAsync("Templates now sign as Petra Nováková");
    }

    /// <summary>My details → personal access tokens: the token is shown once.</summary>
    private static async Task<string> CreateTokenAsync(IPage page)
    {
        await page.Locator("#token-name").FillAsync("Browser extension");
        await page.Locator("#create-token").ClickAsync();
        var shown = page.Locator("#token-secret");
        await Expect(shown).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^kb_[A-Za-z0-9_-]{43}$"));
        return await shown.InnerTextAsync();
    }

    /// <summary>The options page as the agent uses it: address, token, Save; returns what it says after checking the server.</summary>
    private async Task<string> SaveOptionsAsync(string serverUrl, string token)
    {
        var options = extension.Options;
        await options.Locator("#server-url").FillAsync(serverUrl);
        await options.Locator("#token").FillAsync(token);
        await options.Locator("#status").EvaluateAsync("status => status.textContent = ''");
        await options.Locator("#save").ClickAsync();
        // A test cannot answer the browser's host-permission prompt: the app allows the extension's origin
        // (CORS), so the check answers without it, unless the server is down ("Allow access … when the browser asks").
        await Expect(options.Locator("#status")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Saved(\\. Connected|, but|\\. Allow access)"));
        return await options.Locator("#status").InnerTextAsync();
    }

    /// <summary>A fresh help-desk tab, loaded (the content scripts run at document_end, before load).</summary>
    private async Task<IPage> OpenHelpDeskAsync()
    {
        var desk = await extension.Context.NewPageAsync();
        await desk.GotoAsync(extension.HelpDesk.ToString());
        return desk;
    }

    private Task<double> NowInExtensionAsync() => extension.Options.EvaluateAsync<double>("() => Date.now()");

    /// <summary>
    /// The help-desk tab's id, as the background worker recorded it when the agent focused a reply box
    /// there after <paramref name="since"/> (the panel finds it the same way). Waits on storage changes, not on time.
    /// </summary>
    private async Task<int> HelpDeskTabAsync(double since)
    {
        const string script = """
            async (since) => {
              const find = async () => {
                const all = await chrome.storage.session.get(null);
                const focus = Object.entries(all)
                  .filter(([key, value]) => key.startsWith('focus:') && value.at >= since)
                  .sort((a, b) => b[1].at - a[1].at);
                return focus.length ? Number(focus[0][0].slice('focus:'.length)) : null;
              };
              const found = await find();
              if (found !== null) return found;
              return await new Promise((resolve) => chrome.storage.session.onChanged.addListener(async () => {
                const id = await find();
                if (id !== null) resolve(id);
              }));
            }
            """;
        return await extension.Options.EvaluateAsync<int>(script, since).WaitAsync(TimeSpan.FromSeconds(20));
    }

    private async Task<IPage> OpenPanelAsync(int tabId)
    {
        var panel = await extension.Context.NewPageAsync();
        await panel.SetViewportSizeAsync(400, 860);
        await panel.GotoAsync(ExtensionBrowser.PageUrl($"panel.html?tab={tabId}"));
        await panel.Locator("body[data-ready=true]").WaitForAsync();
        return panel;
    }

    /// <summary>What the server renders for these values: the text Insert must put in, character for character.</summary>
    private async Task<string> RenderAsync(string id, string channel, IReadOnlyDictionary<string, string> values)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(app.App.Address, "api/v1/render"))
        {
            Content = JsonContent.Create(new { id, channel, values }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", extension.Token);
        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"render: HTTP {(int)response.StatusCode}\n{body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("text").GetString() ?? string.Empty;
    }

    private static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, name) });
}
