using KnowledgeBase.Web.Components.Pages;
using KnowledgeBase.TestSupport;
using Microsoft.AspNetCore.Components.Web;

namespace KnowledgeBase.Web.Tests.Reply;

/// <summary>
/// The Reply page answers in the customer's language: the language box shows the language the
/// suggestions were made for, a short Czech-looking word does not decide, an empty result says so and
/// offers the languages that have templates, and Ctrl+Enter with nothing to use explains itself.
/// </summary>
public sealed class ReplyLanguageTests : WebTestContext
{
    protected override void Write(TempContentFolder content)
    {
        content.Write("templates/en/lost-parcel.md", "---\ntitle: Lost parcel\nshortcut: lost\nexamples: [my parcel never arrived, where is my package]\n---\nWe are sorry your parcel has not arrived. We will trace it.\n");
        content.Write("templates/cs/ztracena-zasilka.md", "---\ntitle: Ztracená zásilka\nshortcut: ztracena\nexamples: [moje zásilka nedorazila, kde je můj balík]\n---\nMrzí nás, že zásilka nedorazila. Vyhledáme ji.\n");
        content.Write("templates/cs/reklamace-obuvi.md", "---\ntitle: Reklamace obuvi\nexamples: [boty Nike se rozpadly, podrážka se odlepila]\n---\nReklamaci bot vyřídíme do 30 dnů.\n");
    }

    private IRenderedComponent<ReplyPage> RenderPage() => Render<ReplyPage>();

    private void Paste(IRenderedComponent<ReplyPage> page, string message)
    {
        page.Find("#customer-message").Input(message);
        Time.Advance(TimeSpan.FromSeconds(1));
    }

    private static string LanguageBox(IRenderedComponent<ReplyPage> page) => page.Find("#reply-language option[selected]").GetAttribute("value")!;

    [Fact]
    public void AnEnglishMessage_WithACzechLookingWord_GetsEnglishTemplates_AndTheLanguageBoxSaysEnglish()
    {
        var page = RenderPage();

        Paste(page, "Hi, my parcel never arrived, order 12345, what can you do?");

        page.WaitForAssertion(() => Assert.Equal("en", page.Find("#suggest-language").GetAttribute("data-language")));
        Assert.Contains("English", page.Find("#suggest-language").TextContent);
        Assert.Contains("Lost parcel", page.Find(".suggestion-use").TextContent);
        Assert.Equal("en", LanguageBox(page));
    }

    [Fact]
    public void ACzechMessage_MovesTheLanguageBoxToCzech()
    {
        var page = RenderPage();

        Paste(page, "Dobrý den, moje zásilka pořád nedorazila. Kde je?");

        page.WaitForAssertion(() => Assert.Equal("cs", LanguageBox(page)));
        Assert.Contains("Ztracená zásilka", page.Find(".suggestion-use").TextContent);
    }

    [Fact]
    public void NothingInTheMessagesLanguage_SaysSo_AndOffersTheOthers_OneClickAway()
    {
        var page = RenderPage();
        Paste(page, "Nike shoes fell apart after one week.");

        page.WaitForAssertion(() => Assert.Contains("No English template answers this message", page.Find("#suggest-other").TextContent));
        page.Find("#suggest-in-cs").Click();

        page.WaitForAssertion(() => Assert.Equal("cs", page.Find("#suggest-language").GetAttribute("data-language")));
        Assert.Contains("Reklamace obuvi", page.Find(".suggestion-use").TextContent);
        Assert.Contains("chosen by you", page.Find("#suggest-language").TextContent);
        Assert.Equal("cs", LanguageBox(page));

        page.Find("#suggest-detect").Click();
        page.WaitForAssertion(() => Assert.Equal("en", page.Find("#suggest-language").GetAttribute("data-language")));
    }

    [Fact]
    public void CtrlEnter_WithNoTemplateToUse_ExplainsWhy()
    {
        var page = RenderPage();
        page.Find("#customer-message").Input("Nike shoes fell apart after one week.");

        page.Find("#customer-message").KeyDown(new KeyboardEventArgs { Key = "Enter", CtrlKey = true });

        var explanation = page.Find("#suggest-no-template");
        Assert.Equal("alert", explanation.GetAttribute("role"));
        Assert.Contains("No English template answers this message, so there is nothing to use", explanation.TextContent);
        Assert.Contains("Čeština", explanation.TextContent);
        Assert.Empty(page.FindAll(".inline-filler"));
    }

    [Fact]
    public void CtrlEnter_BeforeAnyMessage_SaysWhatToDo()
    {
        var page = RenderPage();

        page.Find("#customer-message").KeyDown(new KeyboardEventArgs { Key = "Enter", CtrlKey = true });

        Assert.Contains("paste the customer’s message first", page.Find("#suggest-no-template").TextContent);
    }

    [Fact]
    public void ChoosingALanguageInTheBox_SuggestsInThatLanguage()
    {
        var page = RenderPage();
        Paste(page, "Hi, my parcel never arrived, order 12345, what can you do?");
        page.WaitForAssertion(() => Assert.Equal("en", LanguageBox(page)));

        page.Find("#reply-language").Change("cs");

        page.WaitForAssertion(() => Assert.Equal("cs", page.Find("#suggest-language").GetAttribute("data-language")));
        Assert.All(page.FindAll(".suggestion-use"), s => Assert.Contains("cs", s.TextContent, StringComparison.OrdinalIgnoreCase));
    }
}
