using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Components.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Search;

public sealed class SearchPageTests : WebTestContext
{
    protected override void Write(TempContentFolder content)
    {
        content.Article("articles/en/shipping/delivery-times", "title: Delivery times\ntags: [shipping]\naliases: [when will my order arrive]",
            "How long delivery takes.\n\n## Standard delivery\n\nTwo to four days.\n\n## Where orders ship from\n\nFrom Brno, Riga and Lyon.\n");
        content.Article("articles/en/shipping/shipping-information", "title: Shipping information\ntags: [shipping]",
            "## Carriers\n\nDPD delivers standard parcels; delivery takes a few days.\n");
        content.Article("articles/cs/doba-doruceni", "title: Doba doručení\ntags: [doprava]", "## Standardní doručení\n\nDoručení z Brna trvá dva dny.\n");
        content.Write("templates/en/eta.md", "---\ntitle: Delivery estimate\nshortcut: eta\ntags: [shipping]\n---\nHi {{ agent.name }}, delivery takes two days.\n");
    }

    private IRenderedComponent<SearchPage> RenderPage(string? query = null, string? language = null)
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(navigation.GetUriWithQueryParameters("/", new Dictionary<string, object?> { ["q"] = query, ["lang"] = language }));
        return Render<SearchPage>();
    }

    private void Type(IRenderedComponent<SearchPage> page, string text) => page.Find("#search-input").Input(text);

    [Fact]
    public void TwoQuickInputs_RunOneSearch_ForTheLatestText()
    {
        var page = RenderPage();

        Type(page, "deliv");
        Time.Advance(Debounce / 2);
        Type(page, "delivery");
        Assert.Empty(Search.Requests);

        Time.Advance(Debounce);

        page.WaitForAssertion(() => Assert.Equal(["delivery"], Search.Requests.Select(r => r.Query)));
        page.WaitForAssertion(() => Assert.Contains("Delivery times", page.Find("#results").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void NoSearchRuns_BeforeTheAgentPauses()
    {
        var page = RenderPage();

        Type(page, "d");
        Time.Advance(Debounce - TimeSpan.FromMilliseconds(1));

        Assert.Empty(Search.Requests);
        Assert.Empty(page.FindAll("#results"));
    }

    [Fact]
    public void QueryFromTheUrl_ShowsResultsAtOnce_WithTheFirstSelected()
    {
        var page = RenderPage("where do orders ship from");

        var first = page.Find("#result-0");
        Assert.Equal("true", first.GetAttribute("aria-selected"));
        Assert.Contains("Delivery times", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("Where orders ship from", first.QuerySelector(".result-section")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("result-0", page.Find("#search-input").GetAttribute("aria-activedescendant"));
    }

    [Fact]
    public void ArrowsMoveTheSelection_AndEnterOpensTheSelectedResultAtItsSection()
    {
        var page = RenderPage("delivery");
        var input = page.Find("#search-input");
        var second = page.Find("#result-1").QuerySelector(".result-title")!.TextContent;

        input.KeyDown("ArrowDown");
        Assert.Equal("true", page.Find("#result-1").GetAttribute("aria-selected"));
        input.KeyDown("ArrowDown");
        input.KeyDown("ArrowUp");
        Assert.Equal("result-1", page.Find("#search-input").GetAttribute("aria-activedescendant"));

        page.Find("#search-input").KeyDown("Enter");

        var navigation = Services.GetRequiredService<NavigationManager>();
        var opened = Library.Current.Documents.Single(d => navigation.Uri.Contains(Web.Services.DocumentUrls.For(d), StringComparison.Ordinal));
        Assert.Equal(second, opened.Title);
    }

    [Fact]
    public void EnterOpensTheFirstResultAtItsSection()
    {
        var page = RenderPage("where do orders ship from");

        page.Find("#search-input").KeyDown("Enter");

        Assert.EndsWith("/articles/en/shipping/delivery-times#where-orders-ship-from", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void EnterRightAfterTyping_ActsOnWhatWasTyped()
    {
        var page = RenderPage("delivery");

        Type(page, "doba doruceni");
        page.Find("#search-input").KeyDown("Enter");

        Assert.Contains("/articles/cs/doba-doruceni", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void ArrowDownRightAfterTyping_SelectsInTheResultsForWhatWasTyped_AndTheDebounceKeepsIt()
    {
        var page = RenderPage("doba");

        Type(page, "delivery");
        page.Find("#search-input").KeyDown("ArrowDown");
        Time.Advance(Debounce * 2);

        Assert.Equal(["doba", "delivery"], Search.Requests.Select(r => r.Query));
        page.WaitForAssertion(() => Assert.Equal("true", page.Find("#result-1").GetAttribute("aria-selected")));
    }

    [Fact]
    public void CtrlEnter_CopiesALinkToTheSelectedSection()
    {
        var page = RenderPage("where do orders ship from");

        page.Find("#search-input").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter", CtrlKey = true });

        var copy = Assert.Single(JSInterop.Invocations, i => i.Identifier == "kb.copyLink");
        Assert.Equal("/articles/en/shipping/delivery-times#where-orders-ship-from", copy.Arguments[0]);
    }

    [Fact]
    public void Escape_ClearsQueryAndResults()
    {
        var page = RenderPage("delivery");

        page.Find("#search-input").KeyDown("Escape");

        Assert.Empty(page.FindAll("#results"));
        Assert.Contains(JSInterop.Invocations, i => i.Identifier == "kb.setValue" && (string?)i.Arguments[1] == string.Empty);
    }

    [Fact]
    public void LanguageFilter_NarrowsResults_AndGoesIntoTheUrl()
    {
        var page = RenderPage("brno");
        var czech = page.FindAll(".facet-option").Single(b => b.TextContent.Contains("Čeština", StringComparison.Ordinal));
        Assert.Contains("1", czech.QuerySelector(".count")!.TextContent, StringComparison.Ordinal);

        czech.Click();

        Assert.All(page.FindAll(".result .badge-lang"), badge => Assert.Equal("CS", badge.TextContent));
        Assert.Contains("lang=cs", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
        Assert.Equal("cs", Search.Requests[^1].Language);
    }

    [Fact]
    public void TypeFilter_ShowsOnlyTemplates_AndStillCountsTheOthers()
    {
        var page = RenderPage("delivery");

        page.FindAll(".facet-option").Single(b => b.TextContent.StartsWith("Templates", StringComparison.Ordinal)).Click();

        Assert.All(page.FindAll(".result .badge:first-of-type"), badge => Assert.Equal("Template", badge.TextContent));
        Assert.Contains(page.FindAll(".facet-option"), b => b.TextContent.StartsWith("SOPs", StringComparison.Ordinal));
    }

    [Fact]
    public void NoResults_OffersMostViewedSops()
    {
        var page = RenderPage("qqzzxx");

        Assert.Contains("No results for “qqzzxx”", page.Markup, StringComparison.Ordinal);
        Assert.Contains("Most viewed SOPs", page.Markup, StringComparison.Ordinal);
        Assert.NotEmpty(page.FindAll(".most-viewed li"));
    }

    [Fact]
    public void NoResultsInALanguage_OffersTheOtherLanguages()
    {
        var page = RenderPage("where orders ship", "cs");

        var other = page.FindAll(".link-button").Single(b => b.TextContent.Contains("in other languages", StringComparison.Ordinal));
        other.Click();

        Assert.NotEmpty(page.FindAll(".result"));
        Assert.DoesNotContain("lang=", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Typo_OffersDidYouMean_ThatSearchesTheCorrection()
    {
        var page = RenderPage("delivry tmes");

        var suggestion = page.FindAll(".link-button").First(b => b.TextContent == "delivery times");
        suggestion.Click();

        Assert.Equal("delivery times ", Search.Requests[^1].Query);
    }

    [Fact]
    public void EmptyPage_ShowsMostViewedSops()
    {
        var page = RenderPage();

        Assert.NotEmpty(page.FindAll(".most-viewed li"));
        Assert.Empty(page.FindAll("#results"));
    }

    [Fact]
    public void Snippets_MarkTheMatchedWords()
    {
        var page = RenderPage("lyon");

        Assert.Contains("<mark>Lyon</mark>", page.Find("#result-0 .result-snippet").InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangedContent_RefreshesOpenResults()
    {
        var page = RenderPage("toasters");
        Assert.Empty(page.FindAll(".result"));

        Content.Article("articles/en/toasters", "title: Toasters", "## Bread\n\nToasters brown bread.\n");
        Apply("articles/en/toasters.md");

        page.WaitForAssertion(() => Assert.Contains("Toasters", page.Find("#result-0").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void SearchBox_IsLabelledAndControlsTheResults()
    {
        var page = RenderPage("delivery");
        var input = page.Find("#search-input");

        Assert.Equal("combobox", input.GetAttribute("role"));
        Assert.Equal("results", input.GetAttribute("aria-controls"));
        Assert.Equal("true", input.GetAttribute("aria-expanded"));
        Assert.NotNull(page.Find("label[for=search-input]"));
        Assert.Equal("listbox", page.Find("#results").GetAttribute("role"));
    }

    [Fact]
    public void SelectedTemplate_ShowsItsFormBesideTheResults_AndAnArticleDoesNot()
    {
        var page = RenderPage("delivery estimate");
        Assert.True(page.FindAll(".result").Count > 1);
        Assert.Equal("Delivery estimate", page.Find("#template-panel h2").TextContent);
        Assert.Contains("Hi Petra Nováková, delivery takes two days.", page.Find("#panel-preview").TextContent);

        page.Find("#search-input").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "ArrowDown" });

        Assert.Empty(page.FindAll("#template-panel"));
    }

    [Fact]
    public void PreferencesLoadingLate_KeepTheResultTheAgentSelected()
    {
        var storedProfile = JSInterop.Setup<string?>("kb.getPreference", "kb.agentProfile");
        var page = RenderPage("delivery");
        page.Find("#search-input").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "ArrowDown" });
        Assert.Equal("true", page.Find("#result-1").GetAttribute("aria-selected"));

        storedProfile.SetResult("{\"name\":\"Olga\"}");

        page.WaitForAssertion(() => Assert.Equal("true", page.Find("#result-1").GetAttribute("aria-selected")));
    }
}
