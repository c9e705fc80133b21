using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.EndToEnd.Tests;

/// <summary>
/// The Reply page answers in the customer's language, and a reply built from several templates
/// greets once, signs once and asks for the customer's name once.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ReplyLanguageFlowTests(BrowserFixture fixture)
{
    private const string Signature = "Petra Nováková\nBrightcart Customer Care";

    static ReplyLanguageFlowTests()
    {
        SetDefaultExpectTimeout(15_000);
    }

    private async Task<IPage> OpenReplyAsync(bool withDetails = true)
    {
        var page = await fixture.OpenAsync("/");
        await page.Locator("body[data-ready=true]").WaitForAsync();
        if (withDetails)
        {
            await SaveMyDetailsAsync(page);
        }

        await page.GotoAsync("/reply");
        await page.Locator("body[data-ready=true]").WaitForAsync();
        return page;
    }

    private static async Task SaveMyDetailsAsync(IPage page)
    {
        await page.GotoAsync("/settings");
        await page.Locator("body[data-ready=true]").WaitForAsync();
        await page.Locator("#agent-name").FillAsync("Petra Nováková");
        await page.Locator("#agent-email").FillAsync("petra@brightcart.example");
        await page.Locator("#agent-signature").FillAsync(Signature);
        await page.Locator("#save-details").ClickAsync();
        await Expect(page.Locator(".settings [role=status]")).ToContainTextAsync("Templates now sign as Petra Nováková");
    }

    private static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, name), FullPage = true });

    private static int Count(string text, string part) => Regex.Matches(text, Regex.Escape(part)).Count;

    [BrowserFact]
    public async Task AReplyBuiltFromLostAndRefund_GreetsOnce_SignsOnce_AndAsksTheNameOnce()
    {
        var page = await OpenReplyAsync();
        var reply = page.Locator("#reply-text");
        await reply.FocusAsync();

        await page.Keyboard.TypeAsync("/lost");
        await Expect(page.Locator("#pick-0")).ToContainTextAsync("Lost parcel");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#inline-customer-first-name")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Jana");
        await page.Locator("#inline-order-id").FillAsync("BC-2026-104233");
        await page.Locator("#inline-order-tracking-number").FillAsync("TRK-55");
        await page.Locator("#inline-claim-number").FillAsync("CL-77");
        await page.Locator("#inline-claim-number").PressAsync("Control+Enter");
        await Expect(reply).ToHaveValueAsync(new Regex("^Hi Jana,\n\nI'm sorry your order BC-2026-104233"));
        await Expect(reply).ToBeFocusedAsync();

        // The second template at the end of the reply: the name and order number are already known.
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync("\n\n/refund");
        await Expect(page.Locator("#pick-0")).ToContainTextAsync("Refund confirmation");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#inline-known summary")).ToContainTextAsync("Customer's first name: Jana");
        await Expect(page.Locator("#inline-customer-first-name")).ToBeHiddenAsync();
        await Expect(page.Locator("#inline-order-id")).ToBeHiddenAsync();
        await Expect(page.Locator("#inline-preview")).ToContainTextAsync("Hi Jana,");
        await page.Locator("#inline-refund-amount").FillAsync("84.90 EUR");
        await ScreenshotAsync(page, "reply-second-template.png");
        await page.Locator("#inline-refund-amount").PressAsync("Control+Enter");

        await Expect(reply).ToHaveValueAsync(new Regex("issued your refund of 84\\.90 EUR"));
        var text = await reply.InputValueAsync();
        Assert.Equal(1, Count(text, "Hi Jana,"));
        Assert.Equal(1, Count(text, Signature));
        Assert.StartsWith("Hi Jana,\n\nI'm sorry your order BC-2026-104233", text);
        Assert.EndsWith("3–10 working days to show it on your statement.\n\n" + Signature, text);
        Assert.DoesNotContain("/refund", text);
        await Expect(page.Locator("#copy-reply")).ToHaveAttributeAsync("aria-disabled", "false");
        await ScreenshotAsync(page, "reply-two-templates.png");

        // E-mail is the channel: both text/html and text/plain go on the clipboard.
        await reply.PressAsync("Control+Enter");
        await Expect(page.Locator("#kb-toast")).ToHaveTextAsync("Reply copied");
        var types = await page.EvaluateAsync<string[]>("(async () => (await navigator.clipboard.read())[0].types)()");
        Assert.Contains("text/html", types);
        Assert.Contains("text/plain", types);
        Assert.Equal(text, await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
    }

    [BrowserFact]
    public async Task AnEnglishMessage_GetsEnglishTemplates_AndTheLanguageBoxSaysEnglish()
    {
        var page = await OpenReplyAsync();
        await Expect(page.Locator("#customer-message")).ToBeFocusedAsync();

        await page.Keyboard.TypeAsync("Hi, my parcel never arrived, order 12345, what can you do?");

        await Expect(page.Locator("#suggest-language")).ToHaveAttributeAsync("data-language", "en");
        await Expect(page.Locator("#suggest-language")).ToContainTextAsync("English");
        await Expect(page.Locator(".suggestion-use").First).ToContainTextAsync("Lost parcel");
        await Expect(page.Locator("#reply-language")).ToHaveValueAsync("en");
        foreach (var badge in await page.Locator(".suggestion-use .badge-lang").AllTextContentsAsync())
        {
            Assert.Equal("EN", badge);
        }

        await ScreenshotAsync(page, "reply-english-message.png");
        await page.SetViewportSizeAsync(390, 844);
        await ScreenshotAsync(page, "reply-english-message-390.png");
        await page.SetViewportSizeAsync(1280, 860);

        // A Czech message moves the box to Czech and suggests the Czech template.
        await page.Locator("#customer-message").FillAsync("Dobrý den, balík mi pořád nepřišel a sledování se týden nehýbe. Neztratil se?");
        await Expect(page.Locator("#reply-language")).ToHaveValueAsync("cs");
        await Expect(page.Locator(".suggestion-use").First).ToContainTextAsync("Ztracená zásilka");
    }

    [BrowserFact]
    public async Task ANewAgent_IsAskedForTheirDetails_AndCtrlEnterWithNothingToUseSaysWhy()
    {
        var page = await OpenReplyAsync(withDetails: false);

        await Expect(page.Locator("#details-needed")).ToContainTextAsync("not set yet");
        await Expect(page.Locator("#details-link")).ToHaveAttributeAsync("href", "/settings");

        await page.Locator("#customer-message").FocusAsync();
        await page.Keyboard.PressAsync("Control+Enter");
        await Expect(page.Locator("#suggest-no-template")).ToContainTextAsync("paste the customer’s message first");

        await page.Keyboard.TypeAsync("Hi, my parcel never arrived, order 12345, what can you do?");
        await page.Keyboard.PressAsync("Control+Enter");
        await Expect(page.Locator("#inline-details-needed")).ToContainTextAsync("which you have not set yet");
        await Expect(page.Locator("#inline-preview mark.gap").Last).ToHaveTextAsync("⟦agent.signature⟧");
        await ScreenshotAsync(page, "reply-first-sign-in.png");
        await page.SetViewportSizeAsync(390, 844);
        await ScreenshotAsync(page, "reply-first-sign-in-390.png");
    }
}
