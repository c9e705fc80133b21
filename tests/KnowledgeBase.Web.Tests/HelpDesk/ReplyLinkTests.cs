using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Components.Pages;
using KnowledgeBase.Web.Services;
using KnowledgeBase.Web.Tests.Reply;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.HelpDesk;

/// <summary>
/// A help desk's link opens the Reply page on the ticket: the message in the box with suggestions,
/// the fields that templates declare pre-filled and still editable; unknown names, the agent's own
/// fields, unfilled placeholders and markup change nothing; values are bounded.
/// </summary>
public sealed class ReplyLinkTests : WebTestContext
{
    protected override void Write(TempContentFolder content)
    {
        ReplyContent.Write(content);
        content.Write("templates/cs/vraceni-penez.md", "---\ntitle: Vrácení peněz\nfields:\n  - name: customer.first_name\n    label: Křestní jméno zákazníka\nexamples: [kdy mi vrátíte peníze]\n---\nDobrý den {{ customer.first_name }}, peníze vrátíme do 5 dnů.\n");
    }

    private IRenderedComponent<ReplyPage> Open(string link)
    {
        SignIn();
        Services.GetRequiredService<NavigationManager>().NavigateTo(link);
        return Render<ReplyPage>();
    }

    private static void UseRefund(IRenderedComponent<ReplyPage> page) =>
        page.FindAll(".suggestion-use").First(b => b.TextContent.Contains("Refund confirmation", StringComparison.Ordinal)).Click();

    private ReplyDraft Draft => Services.GetRequiredService<ReplyDraft>();

    [Fact]
    public void ALinksMessage_IsInTheBox_AndSuggestionsAreShownAtOnce()
    {
        var page = Open("/reply?message=Where%20is%20my%20refund%3F%20Order%20A-1001");

        Assert.Equal("Where is my refund? Order A-1001", page.Find("#customer-message").TextContent);
        page.WaitForAssertion(() => Assert.Contains("Refund confirmation", page.Find(".suggestion-use").TextContent));
    }

    [Fact]
    public void DeclaredFields_ArePreFilled_InTheTemplateTheAgentPicks_AndStayEditable()
    {
        var page = Open("/reply?message=Where%20is%20my%20refund%3F&customer.first_name=Jana&order.id=A-1001");
        page.WaitForAssertion(() => Assert.Contains("Refund confirmation", page.Find(".suggestion-use").TextContent));
        Assert.Equal("Known for this reply: Customer's first name: Jana · Order number: A-1001", page.Find("#ticket-values").TextContent.Trim());

        UseRefund(page);

        page.WaitForAssertion(() => Assert.Contains("Customer's first name: Jana", page.Find("#inline-known summary").TextContent));
        Assert.Contains("Order number: A-1001", page.Find("#inline-known summary").TextContent);
        Assert.Contains("Hi Jana,", page.Find("#inline-preview").TextContent);
        Assert.Contains("order A-1001", page.Find("#inline-preview").TextContent);

        page.Find("#inline-customer-first-name").Input("Jan");

        Assert.Contains("Hi Jan,", page.Find("#inline-preview").TextContent);
    }

    [Fact]
    public void UnknownNames_TheAgentsOwnFields_AndUnfilledPlaceholders_AreIgnored()
    {
        var page = Open("/reply?message=refund&no.such.field=x&agent.signature=Mallory&order.id=%7B%7Bticket.id%7D%7D&customer.first_name=-");

        Assert.Empty(Draft.Values);
        Assert.DoesNotContain("Mallory", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_AreCutToTheirBound_AndMarkupStaysText()
    {
        var name = "<b>Jana</b><script>alert(1)</script>" + new string('x', 500);

        var page = Open("/reply?message=Where%20is%20my%20refund%3F&customer.first_name=" + Uri.EscapeDataString(name));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".suggestion-use")));
        UseRefund(page);

        Assert.Equal(200, Draft.Values["customer.first_name"]!.Length);
        page.WaitForAssertion(() => Assert.Contains("Jana", page.Find("#inline-preview").TextContent));
        Assert.Empty(page.FindAll("#inline-preview b, #ticket-values b"));
        Assert.Empty(page.FindAll("script"));
    }

    [Fact]
    public void TheLinksLanguage_IsChosen_ForSuggestions_AndTheReply_AndNamesTheFields()
    {
        var page = Open("/reply?message=kdy%20mi%20vr%C3%A1t%C3%ADte%20pen%C3%ADze&lang=cs&customer.first_name=Jana");
        Assert.Contains("Křestní jméno zákazníka: Jana", page.Find("#ticket-values").TextContent);

        page.WaitForAssertion(() => Assert.Equal("cs", page.Find("#suggest-language").GetAttribute("data-language")));
        Assert.Contains("chosen by you", page.Find("#suggest-language").TextContent);
        Assert.Contains("Vrácení peněz", page.Find(".suggestion-use").TextContent);
        Assert.Equal("cs", page.Find("#reply-language option[selected]").GetAttribute("value"));
    }

    [Fact]
    public void AnUnknownLanguageOrChannel_IsIgnored()
    {
        var page = Open("/reply?message=refund&lang=xx&channel=fax");

        Assert.False(Draft.LanguageChosen);
        Assert.Equal(ReplyDraft.DefaultChannel, Draft.Channel);
        Assert.Equal("refund", page.Find("#customer-message").TextContent);
    }

    [Fact]
    public void ALongMessage_IsCut_NotRefused()
    {
        var page = Open("/reply?message=" + new string('a', 10_000));

        Assert.Equal(4000, page.Find("#customer-message").TextContent.Length);
    }

    [Fact]
    public void OpeningTheSameLinkAgain_KeepsWhatTheAgentChanged()
    {
        var link = "/reply?message=refund&order.id=A-1";
        Open(link);
        Draft.Values["order.id"] = "A-2";
        Draft.CustomerMessage = "typed by the agent";

        var again = Render<ReplyPage>();

        Assert.Equal("A-2", Draft.Values["order.id"]);
        Assert.Equal("typed by the agent", again.Find("#customer-message").TextContent);
    }
}
