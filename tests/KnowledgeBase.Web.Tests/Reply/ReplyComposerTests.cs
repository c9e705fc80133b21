using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Components.Reply;
using KnowledgeBase.Web.Services;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Reply;

public sealed class ReplyComposerTests : WebTestContext
{
    protected override void Write(TempContentFolder content) => ReplyContent.Write(content);

    private IRenderedComponent<ReplyComposer> RenderComposer(string draft = "")
    {
        var reply = Services.GetRequiredService<ReplyDraft>();
        reply.Text = draft;
        reply.Language = "en";
        return Render<ReplyComposer>();
    }

    /// <summary>What the browser holds when the server asks (kb.valueOf), as after typing it.</summary>
    private void Type(IRenderedComponent<ReplyComposer> composer, string text)
    {
        JSInterop.Setup<string>("kb.valueOf", "reply-text").SetResult(text);
        composer.Find("#reply-text").Input(text);
    }

    [Fact]
    public void AvoidedPhrase_IsUnderlined_AndOfferedWithItsAlternatives()
    {
        var composer = RenderComposer();

        Type(composer, "Hello, unfortunately the parcel is late. No problem!");

        var underlined = composer.FindAll("#reply-backdrop mark.avoided").Select(m => m.TextContent).ToList();
        Assert.Equal(["unfortunately", "No problem"], underlined);
        Assert.Equal("Hello, unfortunately the parcel is late. No problem! ", composer.Find("#reply-backdrop").TextContent);
        Assert.Equal(["At the moment", "Currently", "Always happy to help"], composer.FindAll(".phrase-hint .chip").Select(b => b.TextContent).ToList());
        Assert.Contains("Lead with what we can do.", composer.Find(".phrase-hint").TextContent);
    }

    [Fact]
    public void ChoosingAnAlternative_ReplacesOnlyIfTheTextIsUnchanged_KeepingTheCase()
    {
        var composer = RenderComposer();
        Type(composer, "Hello, unfortunately the parcel is late.");

        composer.Find("#hint-0-0").Click();

        var replace = Assert.Single(JSInterop.Invocations, i => i.Identifier == "kb.replaceIfUnchanged");
        Assert.Equal(["reply-text", 7, 20, "unfortunately", "at the moment"], replace.Arguments);
    }

    [Fact]
    public void LanguageWithoutAPhrasebook_GivesNoHints()
    {
        var composer = RenderComposer();
        composer.Find("#reply-language").Change("cs");

        Type(composer, "Unfortunately");

        Assert.Empty(composer.FindAll(".phrase-hint"));
    }

    [Fact]
    public void Slash_OffersTemplatesByShortcut_AndEnterOpensTheFormForOneWithFields()
    {
        var composer = RenderComposer();
        Type(composer, "Hi!\n/ref");

        composer.InvokeAsync(() => composer.Instance.OnSlash("ref", 4, 8));
        var options = composer.FindAll("#template-picker [role=option]");
        Assert.Equal("/refund", options[0].QuerySelector("kbd")!.TextContent);
        Assert.Equal("Refund confirmation", options[0].QuerySelector(".result-title")!.TextContent);
        Assert.Equal("true", options[0].GetAttribute("aria-selected"));

        composer.InvokeAsync(() => composer.Instance.OnPickerKey("Enter"));

        Assert.Empty(composer.FindAll("#template-picker"));
        Assert.Equal("Refund confirmation", composer.Find("#inline-title").TextContent);
        Assert.NotNull(composer.Find("#inline-customer-first-name"));
        Assert.Contains("finish or cancel “Refund confirmation”", composer.Find("#composer-blocked").TextContent);
    }

    [Fact]
    public void InsertingTheFilledForm_ReplacesTheSlashShortcutTheAgentTyped()
    {
        JSInterop.Setup<bool>("kb.replaceIfUnchanged", _ => true).SetResult(true);
        var composer = RenderComposer();
        Type(composer, "Hi!\n/eta");
        composer.InvokeAsync(() => composer.Instance.OnSlash("eta", 4, 8));
        composer.InvokeAsync(() => composer.Instance.OnPickerKey("Tab"));

        composer.Find("#inline-order-id").Input("A-1");
        composer.Find("#inline").KeyDown(new KeyboardEventArgs { Key = "Enter", CtrlKey = true });

        var replace = Assert.Single(JSInterop.Invocations, i => i.Identifier == "kb.replaceIfUnchanged");
        Assert.Equal(["reply-text", 4, 8, "/eta", "Order A-1 arrives in 2–4 days."], replace.Arguments);
        Assert.Empty(composer.FindAll("#inline-title"));
    }

    [Fact]
    public void TemplateWithoutFields_GoesStraightIn()
    {
        JSInterop.Setup<bool>("kb.replaceIfUnchanged", _ => true).SetResult(true);
        var composer = RenderComposer();
        Type(composer, "/thanks");

        composer.InvokeAsync(() => composer.Instance.OnSlash("thanks", 0, 7));
        composer.InvokeAsync(() => composer.Instance.OnPickerKey("Enter"));

        var replace = Assert.Single(JSInterop.Invocations, i => i.Identifier == "kb.replaceIfUnchanged");
        Assert.Equal(["reply-text", 0, 7, "/thanks", "Thank you for waiting."], replace.Arguments);
        Assert.Empty(composer.FindAll(".inline-filler"));
    }

    [Fact]
    public async Task ASecondTemplate_StartsWithTheValuesTypedForTheFirst_AndDoesNotAskForThemAgain()
    {
        JSInterop.Setup<bool>("kb.replaceIfUnchanged", _ => true).SetResult(true);
        var composer = RenderComposer();
        Type(composer, string.Empty);
        await composer.InvokeAsync(() => composer.Instance.StartTemplateAsync("templates/en/lost"));
        composer.Find("#inline-customer-first-name").Input("Jana");
        composer.Find("#inline-order-id").Input("BC-1");
        composer.Find("#inline-claim-number").Input("CL-9");
        composer.Find("#inline").KeyDown(new KeyboardEventArgs { Key = "Enter", CtrlKey = true });

        var placed = Assert.Single(JSInterop.Invocations, i => i.Identifier == "kb.replaceIfUnchanged");
        Assert.Equal("Hi Jana,\n\nwe are tracing order BC-1 (claim CL-9).\n\nPetra Nováková\nBrightcart Customer Care", placed.Arguments[4]);

        await composer.InvokeAsync(() => composer.Instance.StartTemplateAsync(ReplyContent.RefundId));

        Assert.Equal(["inline-refund-method", "inline-refund-amount", "inline-refund-note"], composer.FindAll(".filler-fields > .field :is(input, select, textarea)").Select(e => e.Id).ToList());
        Assert.Contains("Customer's first name: Jana", composer.Find("#inline-known summary").TextContent);
        Assert.Contains("Order number: BC-1", composer.Find("#inline-known summary").TextContent);
        Assert.StartsWith("Hi Jana,\n\nwe have refunded order BC-1", composer.Find("#inline-preview").TextContent);
    }

    [Fact]
    public void Copy_OfAnEmailReply_PutsHtmlBesidePlainText_ChatCopiesPlainTextOnly()
    {
        JSInterop.Setup<bool>("kb.copyRich", _ => true).SetResult(true);
        JSInterop.Setup<bool>("kb.copyText", _ => true).SetResult(true);
        var composer = RenderComposer("Hi Jana,\n\n<b>your</b> refund is on its way.");
        JSInterop.Setup<string>("kb.valueOf", "reply-text").SetResult("Hi Jana,\n\n<b>your</b> refund is on its way.");

        composer.Find("#copy-reply").Click();

        var rich = Assert.Single(JSInterop.Invocations, i => i.Identifier == "kb.copyRich");
        Assert.Equal("Hi Jana,\n\n<b>your</b> refund is on its way.", rich.Arguments[0]);
        Assert.Equal("<p>Hi Jana,</p>\n<p>&lt;b&gt;your&lt;/b&gt; refund is on its way.</p>", rich.Arguments[1]);
        Assert.DoesNotContain(JSInterop.Invocations, i => i.Identifier == "kb.copyText");

        composer.Find("#reply-channel").Change("chat");
        composer.Find("#copy-reply").Click();

        Assert.Single(JSInterop.Invocations, i => i.Identifier == "kb.copyText");
    }

    [Fact]
    public void EscapeClosesThePicker_AndAnUnknownShortcutSaysSo()
    {
        var composer = RenderComposer();
        composer.InvokeAsync(() => composer.Instance.OnSlash("zzz", 0, 4));
        Assert.Contains("No template matches “/zzz”", composer.Find(".picker-empty").TextContent);

        composer.InvokeAsync(() => composer.Instance.OnPickerKey("Escape"));

        Assert.Empty(composer.FindAll(".picker-empty"));
    }

    [Fact]
    public void Copy_IsBlockedWhileAGapIsLeft_AndSaysWhich()
    {
        var composer = RenderComposer();
        Type(composer, "Hi ⟦Customer's first name⟧, your refund is on its way. {{ order.id }}");

        composer.InvokeAsync(() => composer.Instance.OnCopyRequested());

        Assert.DoesNotContain(JSInterop.Invocations, i => i.Identifier is "kb.copyText" or "kb.copyRich");
        var blocked = composer.Find("#composer-blocked");
        Assert.Equal("alert", blocked.GetAttribute("role"));
        Assert.Contains("fill in ⟦Customer's first name⟧", blocked.TextContent);
        Assert.Contains("replace the unfilled placeholder {{ order.id }}", blocked.TextContent);
        Assert.Contains(JSInterop.Invocations, i => i.Identifier == "kb.selectNextMarker");
        Assert.Equal("true", composer.Find("#copy-reply").GetAttribute("aria-disabled"));
    }

    [Fact]
    public void Copy_OfACompleteReply_CopiesWhatTheBrowserHolds()
    {
        JSInterop.Setup<bool>("kb.copyRich", _ => true).SetResult(true);
        var composer = RenderComposer("Hi Jana,\n\nyour refund is on its way.");
        JSInterop.Setup<string>("kb.valueOf", "reply-text").SetResult("Hi Jana,\n\nyour refund is on its way. Kind regards");

        composer.Find("#copy-reply").Click();

        var copy = Assert.Single(JSInterop.Invocations, i => i.Identifier == "kb.copyRich");
        Assert.Equal("Hi Jana,\n\nyour refund is on its way. Kind regards", copy.Arguments[0]);
        Assert.Equal("false", composer.Find("#copy-reply").GetAttribute("aria-disabled"));
        Assert.Equal("Hi Jana,\n\nyour refund is on its way. Kind regards", Services.GetRequiredService<ReplyDraft>().Text);
    }

    [Fact]
    public void EmptyReply_CannotBeCopied()
    {
        var composer = RenderComposer();
        JSInterop.Setup<string>("kb.valueOf", "reply-text").SetResult("  ");

        composer.Find("#copy-reply").Click();

        Assert.DoesNotContain(JSInterop.Invocations, i => i.Identifier is "kb.copyText" or "kb.copyRich");
        Assert.Contains("the reply is empty", composer.Find("#composer-blocked").TextContent);
    }

    [Fact]
    public void DraftKeptFromAnotherPage_IsWhereTheComposerStarts()
    {
        var composer = RenderComposer("Order ⟦Order number⟧ arrives soon.");

        Assert.Equal("Order ⟦Order number⟧ arrives soon.", composer.Find("#reply-text").TextContent);
        Assert.Equal("⟦Order number⟧", composer.Find("#reply-backdrop mark.gap").TextContent);
    }

    [Fact]
    public async Task TemplateInsertedByShortcut_CountsAsRecentlyUsed_ForTheSignedInAgent()
    {
        var agent = SignIn("olga");
        JSInterop.Setup<bool>("kb.replaceIfUnchanged", _ => true).SetResult(true);
        var composer = RenderComposer();
        Type(composer, "/thanks");

        await composer.InvokeAsync(() => composer.Instance.OnSlash("thanks", 0, 7));
        await composer.InvokeAsync(() => composer.Instance.OnPickerKey("Enter"));
        await InsightsWrittenAsync();

        Assert.Equal("templates/en/thanks", Assert.Single(Activity.GetRecentTemplates(agent.Id)).DocumentId);
    }
}
