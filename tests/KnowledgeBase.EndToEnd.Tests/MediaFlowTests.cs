using System.Text;
using System.Text.RegularExpressions;
using KnowledgeBase.TestSupport.Media;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.EndToEnd.Tests;

/// <summary>A lead pastes a screenshot into an SOP; agents see it in the article; a signed-out visitor gets nothing.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MediaFlowTests(BrowserFixture fixture)
{
    private const string Id = "articles/en/orders/changing-an-order";

    static MediaFlowTests()
    {
        SetDefaultExpectTimeout(20_000);
    }

    [BrowserFact]
    public async Task LeadPastesAScreenshot_SavesIt_TheArticleShowsIt_AndASignedOutVisitorIsRefused()
    {
        var lead = await fixture.AddUserAsync("Lead");
        var page = await fixture.NewPageAsync(fixture.App.Address);
        await BrowserFixture.SignInAsync(page, lead, BrowserFixture.Password);
        await page.GotoAsync("/edit/" + Id);
        await page.Locator("body[data-ready=true]").WaitForAsync();
        await Expect(page.Locator("#edit-attach")).ToHaveAttributeAsync("title", new Regex("Alt\\+Shift\\+F"));

        // On a four times slower CPU, as an older office PC: the paste must still land where the caret is.
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = 4 });
        await page.Locator("#edit-body").FocusAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync("\n\nThe change screen:\n\n");

        // A real paste event whose clipboard holds a PNG file, as a screenshot tool leaves it (with the metadata a phone would add).
        await page.EvaluateAsync(
            @"(base64) => {
                const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
                const data = new DataTransfer();
                data.items.add(new File([bytes], 'image.png', { type: 'image/png' }));
                document.getElementById('edit-body').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
            }",
            Convert.ToBase64String(TestImages.PngWithMetadata(width: 240, height: 120, red: 31, green: 95, blue: 191)));

        var link = new Regex(@"The change screen:\n\n!\[image\]\(/media/en/changing-an-order-[0-9a-f]{10}\.png\)$");
        await Expect(page.Locator("#edit-body")).ToHaveValueAsync(link);
        await Expect(page.Locator("#edit-attach-status")).ToContainTextAsync("Attached.");
        var preview = page.Locator("#preview-body img[src^='/media/en/changing-an-order-']");
        await Expect(preview).ToBeVisibleAsync();
        await preview.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "lead-editor-image-pasted.png") });
        await cdp.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = 1 });

        // Without a mouse: Alt+Shift+F in the text opens the file picker; a phone's JPEG (EXIF, XMP) goes in at the caret.
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync("\n\n");
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.Keyboard.PressAsync("Alt+Shift+F"));
        await chooser.SetFilesAsync(new FilePayload { Name = "IMG_2041.jpg", MimeType = "image/jpeg", Buffer = TestImages.RealJpegWithMetadata() });
        await Expect(page.Locator("#edit-body")).ToHaveValueAsync(new Regex(@"!\[IMG\\_2041\]\(/media/en/changing-an-order-[0-9a-f]{10}\.jpg\)$"));

        // The button picks a WebP the same way; both show in the preview as the browser decodes them.
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync("\n\n");
        chooser = await page.RunAndWaitForFileChooserAsync(() => page.Locator("#edit-attach").ClickAsync());
        await chooser.SetFilesAsync(new FilePayload { Name = "chart.webp", MimeType = "image/webp", Buffer = TestImages.RealWebp });
        await Expect(page.Locator("#edit-body")).ToHaveValueAsync(new Regex(@"\.jpg\)\n\n!\[chart\]\(/media/en/changing-an-order-[0-9a-f]{10}\.webp\)$"));
        foreach (var extension in new[] { "jpg", "webp" })
        {
            await page.WaitForFunctionAsync(
                $"() => {{ const i = document.querySelector(\"#preview-body img[src$='.{extension}']\"); return i && i.complete && i.naturalWidth === 64; }}");
        }

        await page.Keyboard.PressAsync("Control+s");
        await Expect(page.Locator("[role=status]").First).ToContainTextAsync("Saved");
        var saved = await File.ReadAllTextAsync(Path.Combine(fixture.Content.Root, Id + ".md"));
        var url = Regex.Match(saved, @"/media/en/changing-an-order-[0-9a-f]{10}\.png").Value;
        var stored = await File.ReadAllBytesAsync(Path.Combine(fixture.Content.Root, url.TrimStart('/')));
        Assert.Equal(-1, stored.AsSpan().IndexOf(Encoding.ASCII.GetBytes(TestImages.Secret)));

        await page.GotoAsync("/" + Id);
        var image = page.Locator($"#document-body img[src='{url}']");
        await Expect(image).ToBeVisibleAsync();
        await page.WaitForFunctionAsync($"() => {{ const i = document.querySelector(\"#document-body img[src='{url}']\"); return i && i.complete && i.naturalWidth > 0; }}");
        Assert.Equal(240, await image.EvaluateAsync<int>("i => i.naturalWidth"));
        await image.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "article-with-pasted-image.png") });

        // Signed out: a plain request gets 401, opening the address leads to sign-in; neither gets the picture.
        var stranger = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.App.Address.ToString() });
        var plain = await stranger.APIRequest.GetAsync(url, new APIRequestContextOptions { MaxRedirects = 0 });
        Assert.Equal(401, plain.Status);
        var strangerPage = await stranger.NewPageAsync();
        await strangerPage.GotoAsync(url);
        await Expect(strangerPage).ToHaveURLAsync(new Regex("/login\\?returnUrl=%2Fmedia%2Fen%2Fchanging-an-order-"));
        await stranger.CloseAsync();
    }
}
