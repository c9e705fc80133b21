using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.EndToEnd.Tests.BrowserExtension;

/// <summary>
/// The browser extension in Debian's Chromium against the real app and a help-desk test page: the
/// agent selects the customer's message, the panel suggests the template, the agent fills the name,
/// and Insert puts exactly the text the server rendered at the caret — in a textarea, a plain
/// contenteditable and a model-based rich editor in a same-origin iframe.
/// <para>
/// The side panel itself cannot be opened from a script (chrome.sidePanel.open needs a click on the
/// browser's own toolbar), so the tests open the panel's page as a tab, naming the help-desk tab it
/// serves (<c>panel.html?tab=ID</c>); it is the same page and code the side panel shows.
/// </para>
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ExtensionFlowTests(BrowserFixture app, ExtensionBrowser extension) : IClassFixture<ExtensionBrowser>
{
    private const string DamagedParcel = "templates/en/shipping/damaged-parcel";
    private const string RefundConfirmation = "templates/en/returns/refund-confirmation";

    [ExtensionFact]
    public async Task SelectedMessage_SuggestsTheTemplate_AndInsertPutsExactlyTheRenderedReplyAtTheTextareaCaret()
    {
        await ConfigureAsync();
        var desk = await OpenHelpDeskAsync();
        var since = await NowInExtensionAsync();
        var reply = desk.Locator("#reply");
        await reply.ClickAsync();
        await reply.EvaluateAsync("box => box.setSelectionRange(7, 7)");
        var tabId = await HelpDeskTabAsync(since);
        // The agent selects the customer's first message: the selection wins over the page's marked last message.
        await desk.Locator("#first-message").ClickAsync(new() { ClickCount = 3 });

        var panel = await OpenPanelAsync(tabId);
        await Expect(panel.Locator("#message")).ToHaveValueAsync("my headphones arrived broken!!");
        await Expect(panel.Locator("#message-source")).ToHaveTextAsync("(selected on the page)");
        await Expect(panel.Locator("#hit-0")).ToHaveAttributeAsync("data-id", DamagedParcel);
        await ScreenshotAsync(panel, "extension-suggestions.png");

        // Keyboard only: Enter in the search box opens the chosen suggestion; the first empty field has focus.
        await panel.Locator("#search").PressAsync("Enter");
        await Expect(panel.Locator("#template-title")).ToHaveTextAsync("Damaged parcel");
        await Expect(panel.Locator("[name='order.id']")).ToHaveValueAsync("BC-2026-104233");
        await Expect(panel.Locator("[name='product.name']")).ToHaveValueAsync("Electric kettle 1.7 L");
        await Expect(panel.Locator("[name='customer.first_name']")).ToBeFocusedAsync();
        await panel.Keyboard.TypeAsync("Jana");
        await panel.Locator("#channel").SelectOptionAsync("chat");
        var values = new Dictionary<string, string>
        {
            ["customer.first_name"] = "Jana",
            ["order.id"] = "BC-2026-104233",
            ["product.name"] = "Electric kettle 1.7 L",
        };
        var rendered = await RenderAsync(DamagedParcel, "chat", values);
        Assert.Contains("Jana", rendered, StringComparison.Ordinal);
        await Expect(panel.Locator("#preview")).ToHaveJSPropertyAsync("textContent", rendered);
        await Expect(panel.Locator("#target")).ToHaveTextAsync("textarea#reply");
        await ScreenshotAsync(panel, "extension-template.png");

        await panel.Keyboard.PressAsync("Control+Enter");
        await Expect(panel.Locator("#insert-status")).ToHaveTextAsync("Inserted into the reply.");
        Assert.Equal("Hello,\n" + rendered + "\nBest regards", await reply.InputValueAsync());
        Assert.True(await desk.EvaluateAsync<int>("() => window.inputEvents.reply") > 0, "the page's own code saw no input event");
    }

    [ExtensionFact]
    public async Task SearchAsYouType_ByKeyboard_InsertGoesIntoAPlainContentEditableAtItsCaret()
    {
        await ConfigureAsync();
        var desk = await OpenHelpDeskAsync();
        var since = await NowInExtensionAsync();
        var note = desk.Locator("#note");
        await note.ClickAsync();
        // The caret after "Note: ", before "handled.".
        await note.EvaluateAsync("box => { const range = document.createRange(); range.setStart(box.firstChild, 6); range.collapse(true); getSelection().removeAllRanges(); getSelection().addRange(range); }");
        var panel = await OpenPanelAsync(await HelpDeskTabAsync(since));

        await panel.Locator("#search").PressSequentiallyAsync("damaged parcel");
        await Expect(panel.Locator("#results-heading")).ToHaveTextAsync("Results");
        await Expect(panel.Locator("#results li[data-id='" + DamagedParcel + "']")).ToBeVisibleAsync();
        var position = await panel.Locator("#results li").EvaluateAllAsync<int>($"(items) => items.findIndex(item => item.dataset.id === '{DamagedParcel}')");
        for (var step = 0; step < position; step++)
        {
            await panel.Locator("#search").PressAsync("ArrowDown");
        }

        await Expect(panel.Locator($"#hit-{position}")).ToHaveAttributeAsync("aria-selected", "true");
        await panel.Locator("#search").PressAsync("Enter");
        await Expect(panel.Locator("[name='customer.first_name']")).ToBeFocusedAsync();
        await panel.Keyboard.TypeAsync("Jana");
        await panel.Locator("#channel").SelectOptionAsync("sms");
        var rendered = await RenderAsync(DamagedParcel, "sms", new Dictionary<string, string>
        {
            ["customer.first_name"] = "Jana",
            ["order.id"] = "BC-2026-104233",
            ["product.name"] = "Electric kettle 1.7 L",
        });
        await Expect(panel.Locator("#preview")).ToHaveJSPropertyAsync("textContent", rendered);
        await Expect(panel.Locator("#target")).ToHaveTextAsync("contenteditable#note");
        await panel.Locator("#insert").ClickAsync();

        await Expect(panel.Locator("#insert-status")).ToHaveTextAsync("Inserted into the reply.");
        Assert.Equal("Note: " + rendered + "handled.", await note.EvaluateAsync<string>("box => box.innerText"));
        Assert.True(await desk.EvaluateAsync<int>("() => window.inputEvents.note") > 0, "the page's own code saw no input event");
    }

    [ExtensionFact]
    public async Task PageOptIn_SuggestsFromTheLastCustomerMessage_AndInsertGoesThroughTheRichEditorModelInAnIframe()
    {
        await ConfigureAsync();
        var desk = await OpenHelpDeskAsync();
        var since = await NowInExtensionAsync();
        var editor = await (await desk.Locator("#editor-frame").ElementHandleAsync()).ContentFrameAsync()
            ?? throw new InvalidOperationException("the editor frame has no document");
        await editor.EvaluateAsync("() => placeCaret(1, 0)");
        var panel = await OpenPanelAsync(await HelpDeskTabAsync(since));

        await Expect(panel.Locator("#message")).ToHaveValueAsync("Where is my refund? You said it was sent but I still do not see it on my card.");
        await Expect(panel.Locator("#message-source")).ToHaveTextAsync("(the last customer message on the page)");
        await Expect(panel.Locator("#hit-0")).ToHaveAttributeAsync("data-id", RefundConfirmation);
        await panel.Locator("#hit-0").ClickAsync();
        await Expect(panel.Locator("#template")).ToBeVisibleAsync();
        var values = await FillRequiredFieldsAsync(panel);
        var channel = await panel.Locator("#channel").InputValueAsync();
        var rendered = await RenderAsync(RefundConfirmation, channel, values);
        await Expect(panel.Locator("#preview")).ToHaveJSPropertyAsync("textContent", rendered);
        await Expect(panel.Locator("#target")).ToHaveTextAsync("contenteditable#editor in a frame");
        await panel.Locator("#insert").ClickAsync();

        await Expect(panel.Locator("#insert-status")).ToHaveTextAsync("Inserted into the reply.");
        Assert.Equal("Dear customer,\n" + rendered + "Kind regards", await editor.EvaluateAsync<string>("() => editorText()"));
        Assert.Equal(0, await editor.EvaluateAsync<int>("() => window.foreignChanges"));
    }

    [ExtensionFact]
    public async Task WrongToken_ShowsTheClearMessage_WithTheWayToTheOptions()
    {
        await ConfigureAsync();
        const string Refused = "The token was refused — create a new one on My details";
        Assert.Equal("Saved, but: " + Refused, await SaveOptionsAsync(app.App.Address.ToString(), "kb_" + new string('A', 43)));
        try
        {
            var panel = await extension.Context.NewPageAsync();
            await panel.GotoAsync(ExtensionBrowser.PageUrl("panel.html"));
            await panel.Locator("body[data-ready=true]").WaitForAsync();
            await panel.Locator("#search").PressSequentiallyAsync("refund");

            await Expect(panel.Locator("#notice-text")).ToHaveTextAsync(Refused);
            await Expect(panel.Locator("#notice-action")).ToHaveTextAsync("Open the options");
            await ScreenshotAsync(panel, "extension-wrong-token.png");
            await panel.CloseAsync();
        }
        finally
        {
            await SaveOptionsAsync(app.App.Address.ToString(), extension.Token!);
        }
    }

    [ExtensionFact]
    public async Task ServerDown_SaysItCannotReachTheServer()
    {
        await ConfigureAsync();
        var nobody = $"http://127.0.0.1:{HelpDeskServer.FreePort()}";
        Assert.Equal($"Saved. Allow access to {nobody} when the browser asks…", await SaveOptionsAsync(nobody, extension.Token!));
        try
        {
            var panel = await extension.Context.NewPageAsync();
            await panel.GotoAsync(ExtensionBrowser.PageUrl("panel.html"));
            await panel.Locator("body[data-ready=true]").WaitForAsync();
            await panel.Locator("#search").PressSequentiallyAsync("refund");

            await Expect(panel.Locator("#notice-text")).ToContainTextAsync($"Cannot reach the KnowledgeBase server at {nobody}");
            await panel.CloseAsync();
        }
        finally
        {
            await SaveOptionsAsync(app.App.Address.ToString(), extension.Token!);
        }
    }

    /// <summary>Fills every required field the page did not, with a plain value (choices keep their first option).</summary>
    private static async Task<Dictionary<string, string>> FillRequiredFieldsAsync(IPage panel)
    {
        var values = new Dictionary<string, string>();
        foreach (var input in await panel.Locator("#fields input, #fields select, #fields textarea").AllAsync())
        {
            var name = await input.GetAttributeAsync("name") ?? string.Empty;
            var value = await input.InputValueAsync();
            if (value.Length == 0 && await input.EvaluateAsync<bool>("input => input.required"))
            {
                value = name == "customer.first_name" ? "Jana" : "X-" + name.Replace('.', '-');
                await input.FillAsync(value);
            }

            if (value.Length > 0)
            {
                values[name] = value;
            }
        }

        return values;
    }
}
