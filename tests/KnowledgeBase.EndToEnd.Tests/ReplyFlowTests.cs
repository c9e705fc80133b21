using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.EndToEnd.Tests;

/// <summary>Answering in writing, from the keyboard: fill a template, compose a reply, copy it only when complete.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReplyFlowTests(BrowserFixture fixture)
{
    static ReplyFlowTests()
    {
        SetDefaultExpectTimeout(15_000);
    }

    private async Task<IPage> OpenAsync(string path)
    {
        var page = await fixture.OpenAsync(path);
        await page.Locator("body[data-ready=true]").WaitForAsync();
        await page.EvaluateAsync("navigator.clipboard.writeText('nothing copied yet')");
        return page;
    }

    private static Task<string> ClipboardAsync(IPage page) => page.EvaluateAsync<string>("navigator.clipboard.readText()");

    private static async Task ExpectToastAsync(IPage page, string text)
    {
        await Expect(page.Locator("#kb-toast")).ToHaveTextAsync(text);
        await page.EvaluateAsync("(() => { const toast = document.getElementById('kb-toast'); toast.textContent = ''; toast.classList.remove('is-visible'); })()");
    }

    private static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, name) });

    /// <summary>"My details", typed: what templates print for agent.name and agent.signature.</summary>
    private async Task SaveMyDetailsAsync(IPage page)
    {
        await page.GotoAsync("/settings");
        await page.Locator("body[data-ready=true]").WaitForAsync();
        await Expect(page.Locator("#agent-name")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Petra Nováková");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("petra@brightcart.example");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Petra Nováková");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("Brightcart Customer Care");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".settings [role=status]")).ToContainTextAsync("Templates now sign as Petra Nováková");
    }

    [BrowserFact]
    public async Task RefundTemplate_FromSearch_CopyIsBlockedUntilRequiredFieldsAreFilled_ThenCopiesExactlyThePreview()
    {
        var page = await OpenAsync("/");
        await SaveMyDetailsAsync(page);
        await page.GotoAsync("/");
        await page.Locator("body[data-ready=true]").WaitForAsync();
        await page.Locator("#search-input").PressSequentiallyAsync("refund");

        var panel = page.Locator("#template-panel");
        await Expect(panel.Locator("h2")).ToHaveTextAsync("Refund confirmation");
        await Expect(page.Locator("#panel-preview")).ToContainTextAsync("Hi ⟦Customer's first name⟧,");

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#panel-customer-first-name")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Jana");
        await Expect(page.Locator("#panel-preview")).ToContainTextAsync("Hi Jana,");

        await page.Keyboard.PressAsync("Control+Enter");
        await Expect(page.Locator("#panel-blocked[role=alert]")).ToContainTextAsync("fill in “Order number (e.g. BC-2026-104233)”");
        await Expect(page.Locator("#panel-copy")).ToHaveAttributeAsync("aria-disabled", "true");
        await ExpectToastAsync(page, "Not copied: the reply is not complete yet");
        Assert.Equal("nothing copied yet", await ClipboardAsync(page));
        await ScreenshotAsync(page, "reply-panel-blocked.png");

        await Expect(page.Locator("#panel-order-id")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("BC-2026-104233");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#panel-refund-amount")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("84.90 EUR");
        await Expect(page.Locator("#panel-copy")).ToHaveAttributeAsync("aria-disabled", "false");
        await Expect(page.Locator("#panel-blocked")).ToHaveCountAsync(0);

        await page.Keyboard.PressAsync("Control+Enter");

        await ExpectToastAsync(page, "Reply copied");
        var preview = await page.Locator("#panel-preview").TextContentAsync();
        var copied = await ClipboardAsync(page);
        Assert.Equal(preview, copied);
        Assert.StartsWith("Hi Jana,\n\nGood news: we have issued your refund of 84.90 EUR for order BC-2026-104233, back to your card.", copied);
        Assert.DoesNotContain("⟦", copied);
        await ScreenshotAsync(page, "reply-panel-complete.png");
    }

    [BrowserFact]
    public async Task Composer_SuggestsTheRefundTemplate_FlagsUnfortunately_AndCopiesTheCompleteReply()
    {
        var page = await OpenAsync("/");
        await SaveMyDetailsAsync(page);
        await page.GotoAsync("/reply");
        await page.Locator("body[data-ready=true]").WaitForAsync();

        // The customer's message first: the refund template is suggested, Ctrl+Enter takes it.
        await Expect(page.Locator("#customer-message")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Hello, where is my refund? I sent the kettle back two weeks ago and still no money.");
        await Expect(page.Locator(".suggestion-use").First).ToContainTextAsync("Refund confirmation");
        await page.Keyboard.PressAsync("Control+Enter");

        // Its form opens under the reply, the keyboard in its first field; the amount is left out.
        await Expect(page.Locator("#inline-customer-first-name")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Jana");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("BC-2026-104233");
        await page.Keyboard.PressAsync("Control+Enter");

        var reply = page.Locator("#reply-text");
        await Expect(reply).ToBeFocusedAsync();
        await Expect(reply).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^Hi Jana,\n\nGood news: we have issued your refund of ⟦Refund amount"));
        await Expect(page.Locator("#reply-backdrop mark.gap")).ToHaveCountAsync(1);

        // Copy refuses while a gap is left, says which, and selects it: typing fills it.
        await page.Keyboard.PressAsync("Control+Enter");
        await Expect(page.Locator("#composer-blocked[role=alert]")).ToContainTextAsync("fill in ⟦Refund amount with currency (e.g. 84.90 EUR)⟧");
        Assert.Equal("nothing copied yet", await ClipboardAsync(page));
        await page.Keyboard.TypeAsync("84.90 EUR");
        await Expect(page.Locator("#reply-backdrop mark.gap")).ToHaveCountAsync(0);

        // An "Unfortunately" typed by the agent is underlined and its preferred phrase is one key away.
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync("\n\nP.S. Unfortunately some banks take longer.");
        await Expect(page.Locator("#reply-backdrop mark.avoided")).ToHaveTextAsync("Unfortunately");
        await Expect(page.Locator("#hint-0-0")).ToHaveTextAsync("At the moment");
        await ScreenshotAsync(page, "reply-composer-phrasebook.png");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#hint-0-0")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(reply).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("P\\.S\\. At the moment some banks take longer\\.$"));
        await Expect(page.Locator(".phrase-hint")).ToHaveCountAsync(0);

        await reply.PressAsync("Control+Enter");

        await ExpectToastAsync(page, "Reply copied");
        var copied = await ClipboardAsync(page);
        Assert.Equal(await reply.InputValueAsync(), copied);
        Assert.StartsWith("Hi Jana,\n\nGood news: we have issued your refund of 84.90 EUR for order BC-2026-104233, back to your card.", copied);
        Assert.Contains("Petra Nováková\nBrightcart Customer Care", copied);
        Assert.EndsWith("P.S. At the moment some banks take longer.", copied);
        await ScreenshotAsync(page, "reply-composer-copied.png");
    }

    [BrowserFact]
    public async Task SlashShortcut_PicksATemplate_AndTheFilledTextReplacesIt()
    {
        var page = await OpenAsync("/reply");
        await page.Locator("#reply-text").FocusAsync();

        await page.Keyboard.TypeAsync("Hello Jana,\n\n/refu");

        await Expect(page.Locator("#pick-0")).ToContainTextAsync("Refund confirmation");
        await Expect(page.Locator("#pick-0")).ToHaveAttributeAsync("aria-selected", "true");
        await ScreenshotAsync(page, "reply-slash-picker.png");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#inline-customer-first-name")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");

        await Expect(page.Locator("#reply-text")).ToBeFocusedAsync();
        await Expect(page.Locator(".inline-filler")).ToHaveCountAsync(0);
        await Expect(page.Locator("#reply-text")).ToHaveValueAsync("Hello Jana,\n\n/refu");
    }
}
