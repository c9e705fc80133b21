using KnowledgeBase.TestSupport.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.EndToEnd.Tests.HelpDesk;

/// <summary>A help desk's link opens the Reply page on the ticket, in Chromium; the agent still edits everything.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReplyLinkFlowTests(BrowserFixture fixture)
{
    private const string Message = "I sent the kettle back 2 weeks ago and still no money";
    private const string Link = "/reply?message=I%20sent%20the%20kettle%20back%202%20weeks%20ago%20and%20still%20no%20money"
        + "&customer.first_name=Jana&order.id=BC-2026-104233&unknown.field=ignored";

    static ReplyLinkFlowTests()
    {
        SetDefaultExpectTimeout(15_000);
    }

    [BrowserFact]
    public async Task ALink_OpensTheReplyPage_WithTheMessageSuggestionsAndFields_AllEditable()
    {
        var page = await fixture.OpenAsync(Link);
        await page.Locator("body[data-ready=true]").WaitForAsync();

        await Expect(page.Locator("#customer-message")).ToHaveValueAsync(Message);
        await Expect(page.Locator(".suggestion-use").First).ToContainTextAsync("Refund confirmation");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "reply-from-link.png"), FullPage = true });

        await page.Locator(".suggestion-use", new() { HasText = "Refund confirmation" }).ClickAsync();
        await Expect(page.Locator("#inline-known summary")).ToContainTextAsync("Jana");
        await Expect(page.Locator("#inline-preview")).ToContainTextAsync("Hi Jana");
        await Expect(page.Locator("#inline-preview")).ToContainTextAsync("BC-2026-104233");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "reply-from-link-template.png"), FullPage = true });

        await page.Locator("#inline-known summary").ClickAsync();
        await page.Locator("#inline-customer-first-name").FillAsync("Jan");
        await Expect(page.Locator("#inline-preview")).ToContainTextAsync("Hi Jan,");
    }

    [BrowserFact]
    public async Task WhatTheAgentTypes_BeforeThePageIsLive_WinsOverTheLinksMessage()
    {
        var userName = await fixture.AddUserAsync("Agent");
        var page = await fixture.NewPageAsync(fixture.App.Address);
        await BrowserFixture.SignInAsync(page, userName, BrowserFixture.Password);

        // The live connection answers 3 s late, so the agent types into the page as first shown.
        await page.AddInitScriptAsync(SlowCircuit.InitScript(3000));
        await page.GotoAsync(Link, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.Locator("#customer-message").FillAsync("My parcel never arrived");
        Assert.Null(await page.Locator("body").GetAttributeAsync("data-ready"));

        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 30_000 });

        await Expect(page.Locator("#customer-message")).ToHaveValueAsync("My parcel never arrived");
        await Expect(page.Locator(".suggestion-use").First).ToContainTextAsync("Lost parcel");
    }
}
