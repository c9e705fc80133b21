using KnowledgeBase.Content.Model;
using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Components.Reply;
using KnowledgeBase.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Reply;

public sealed class TemplateFillerTests : WebTestContext
{
    protected override void Write(TempContentFolder content) => ReplyContent.Write(content);

    private IRenderedComponent<TemplateFiller> RenderFiller(string id = ReplyContent.RefundId) =>
        Render<TemplateFiller>(parameters => parameters.Add(p => p.Template, (ReplyTemplate)Library.Current.Find(id)!));

    private static string Preview(IRenderedComponent<TemplateFiller> filler) => filler.Find("#filler-preview").TextContent;

    [Fact]
    public void Form_HasAFieldPerDeclaredField_RequiredMarked_DefaultsFilled()
    {
        var filler = RenderFiller();

        Assert.Equal("true", filler.Find("#filler-customer-first-name").GetAttribute("aria-required"));
        Assert.Contains("*", filler.Find("label[for=filler-order-id]").TextContent);
        Assert.Equal("false", filler.Find("#filler-refund-amount").GetAttribute("aria-required"));
        Assert.Equal("decimal", filler.Find("#filler-refund-amount").GetAttribute("inputmode"));
        Assert.Equal("TEXTAREA", filler.Find("#filler-refund-note").TagName);
        var method = filler.Find("#filler-refund-method");
        Assert.Equal("SELECT", method.TagName);
        Assert.Equal("card", method.QuerySelector("option[selected]")!.TextContent);
        Assert.Contains("to your card.", Preview(filler));
    }

    [Fact]
    public void EmptyRequiredFields_ShowAsGapsInThePreview_AndTheReasonBesideCopy()
    {
        var filler = RenderFiller();

        Assert.Contains("Hi ⟦Customer's first name⟧,", Preview(filler));
        Assert.Equal("⟦Order number⟧", filler.FindAll("#filler-preview mark.gap")[1].TextContent);
        Assert.Equal("true", filler.Find("#filler-copy").GetAttribute("aria-disabled"));
        var reasons = filler.Find("#filler-blocked").TextContent;
        Assert.Contains("fill in “Customer's first name”", reasons);
        Assert.Contains("fill in “Order number”", reasons);
    }

    [Fact]
    public void Typing_UpdatesThePreviewAsYouType_AndAgentFieldsComeFromSettings()
    {
        var filler = RenderFiller();

        filler.Find("#filler-customer-first-name").Input("Jana");
        filler.Find("#filler-order-id").Input("BC-2026-104233");
        filler.Find("#filler-refund-method").Change("PayPal account");

        Assert.Equal(
            "Hi Jana,\n\nwe have refunded order BC-2026-104233 to your PayPal account.\n\nPetra Nováková\nBrightcart Customer Care",
            Preview(filler));
        Assert.Equal("false", filler.Find("#filler-copy").GetAttribute("aria-disabled"));
        Assert.Empty(filler.FindAll("#filler-blocked"));
    }

    [Fact]
    public void CopyWhileIncomplete_CopiesNothing_ShowsTheReasonAsAnAlert_AndFocusesTheField()
    {
        var filler = RenderFiller();
        filler.Find("#filler-customer-first-name").Input("Jana");

        filler.Find("#filler-copy").Click();

        Assert.DoesNotContain(JSInterop.Invocations, i => i.Identifier is "kb.copyText" or "kb.copyRich");
        Assert.Equal("alert", filler.Find("#filler-blocked").GetAttribute("role"));
        Assert.Equal("Required", filler.Find("#filler-order-id-error").TextContent);
        Assert.Contains(JSInterop.Invocations, i => i.Identifier == "kb.focus" && (string?)i.Arguments[0] == "filler-order-id");
    }

    [Fact]
    public void CtrlEnter_WhenComplete_CopiesExactlyThePreviewText_WithHtmlForEmail()
    {
        JSInterop.Setup<bool>("kb.copyRich", _ => true).SetResult(true);
        var filler = RenderFiller();
        filler.Find("#filler-customer-first-name").Input("Jana");
        filler.Find("#filler-order-id").Input("A-1");

        filler.Find("#filler").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter", CtrlKey = true });

        var copy = Assert.Single(JSInterop.Invocations, i => i.Identifier == "kb.copyRich");
        Assert.Equal(Preview(filler), copy.Arguments[0]);
        Assert.StartsWith("Hi Jana,", (string)copy.Arguments[0]!);
        Assert.StartsWith("<p>Hi Jana,</p>", (string)copy.Arguments[1]!);
    }

    [Fact]
    public void TheSmsText_IsCopiedAsPlainTextOnly()
    {
        JSInterop.Setup<bool>("kb.copyText", _ => true).SetResult(true);
        var filler = RenderFiller();
        filler.Find("#filler-channel").Change("sms");
        filler.Find("#filler-order-id").Input("A-1");

        filler.Find("#filler-copy").Click();

        Assert.Equal("Refund for A-1 issued to your card.", Assert.Single(JSInterop.Invocations, i => i.Identifier == "kb.copyText").Arguments[0]);
        Assert.DoesNotContain(JSInterop.Invocations, i => i.Identifier == "kb.copyRich");
    }

    [Fact]
    public void AnAgentWithoutASignature_IsToldToAddItInMyDetails_AndThePreviewShowsTheGap()
    {
        ConfigureAgent(agent => (agent.Name, agent.Signature) = (null, null));
        var filler = RenderFiller();

        filler.WaitForAssertion(() => Assert.Contains("This template signs with your signature, which you have not set yet", filler.Find("#filler-details-needed").TextContent));
        Assert.Equal("/settings", filler.Find("#filler-details-needed a").GetAttribute("href"));
        Assert.Contains("⟦agent.signature⟧", filler.FindAll("#filler-preview mark.gap").Select(m => m.TextContent));
    }

    [Fact]
    public void WhatTheAgentTypes_IsNeverRunAsLiquid_AndIsEncodedInTheMarkup()
    {
        var filler = RenderFiller();

        filler.Find("#filler-customer-first-name").Input("{{ 7 * 7 }} <b>{% raw %}");

        Assert.Contains("Hi {{ 7 * 7 }} <b>{% raw %},", Preview(filler));
        Assert.Empty(filler.FindAll("#filler-preview b"));
    }

    [Fact]
    public void InvalidNumber_IsNamedUnderItsField_WithoutWaitingForCopy()
    {
        var filler = RenderFiller();

        filler.Find("#filler-refund-amount").Input("about ten");

        Assert.Contains("must be a number", filler.Find("#filler-refund-amount-error").TextContent);
        Assert.Equal("true", filler.Find("#filler-refund-amount").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void SmsChannel_ShowsItsOwnText_WithCharactersAndSegments()
    {
        var filler = RenderFiller();
        filler.Find("#filler-order-id").Input("A-1");

        filler.Find("#filler-channel").Change("sms");

        Assert.Equal("Refund for A-1 issued to your card.", Preview(filler));
        Assert.Equal("35 characters · 1 SMS (GSM, 160 per part)", filler.Find("#filler-sms").TextContent);
        Assert.Empty(filler.FindAll("#filler-customer-first-name"));
        Assert.Equal("false", filler.Find("#filler-copy").GetAttribute("aria-disabled"));
    }

    [Fact]
    public void InsertIntoReply_AddsToTheDraft_AndOpensTheComposer()
    {
        var filler = RenderFiller();
        filler.Find("#filler-channel").Change("sms");
        filler.Find("#filler-order-id").Input("A-1");

        filler.Find("#filler-insert").Click();

        var draft = Services.GetRequiredService<ReplyDraft>();
        Assert.Equal("Refund for A-1 issued to your card.", draft.Text);
        Assert.Equal("en", draft.Language);
        Assert.EndsWith("/reply", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public void AgentsOwnDetails_FromThisBrowser_WinOverTheTeamDefault()
    {
        JSInterop.Setup<string?>("kb.getPreference", "kb.agentProfile").SetResult("{\"name\":\"Olga\",\"signature\":\"Olga K.\"}");
        var filler = RenderFiller();
        filler.Find("#filler-customer-first-name").Input("Jana");
        filler.Find("#filler-order-id").Input("A-1");

        filler.WaitForAssertion(() => Assert.EndsWith("Olga K.", Preview(filler)));
        Assert.Contains("Signed as Olga", filler.Find(".agent-note").TextContent);
    }

    [Fact]
    public void SwitchingChannel_KeepsWhatWasTyped_InTheFieldItWasTypedInto()
    {
        var filler = RenderFiller();
        filler.Find("#filler-customer-first-name").Input("Jana");

        filler.Find("#filler-channel").Change("sms");

        Assert.Null(filler.Find("#filler-order-id").GetAttribute("value"));
        Assert.Contains("⟦Order number⟧", Preview(filler));
        Assert.EndsWith("before the gaps are filled", filler.Find("#filler-sms").TextContent);
        Assert.Contains("(GSM,", filler.Find("#filler-sms").TextContent);

        filler.Find("#filler-channel").Change("email");

        Assert.Equal("Jana", filler.Find("#filler-customer-first-name").GetAttribute("value"));
        Assert.StartsWith("Hi Jana,", Preview(filler));
    }

    [Fact]
    public void UnsetSignature_BlocksCopy_AndPointsToMyDetails()
    {
        JSInterop.Setup<string?>("kb.getPreference", "kb.agentProfile").SetResult("{\"name\":\"Olga\"}");
        ConfigureAgent(agent => agent.Signature = " ");
        var filler = RenderFiller();
        filler.Find("#filler-customer-first-name").Input("Jana");
        filler.Find("#filler-order-id").Input("A-1");

        filler.WaitForAssertion(() => Assert.EndsWith("⟦agent.signature⟧", Preview(filler)));
        Assert.Equal("your signature is not set: add it in My details", filler.Find("#filler-blocked li").TextContent);
    }

    [Fact]
    public async Task CopyingACompleteReply_CountsAsRecentlyUsed_ForTheSignedInAgent()
    {
        var agent = SignIn("olga");
        JSInterop.Setup<bool>("kb.copyRich", _ => true).SetResult(true);
        var filler = RenderFiller();
        filler.Find("#filler-customer-first-name").Input("Jana");
        filler.Find("#filler-order-id").Input("A-1");

        filler.Find("#filler-copy").Click();
        await InsightsWrittenAsync();

        Assert.Equal(ReplyContent.RefundId, Assert.Single(Activity.GetRecentTemplates(agent.Id)).DocumentId);
    }
}
