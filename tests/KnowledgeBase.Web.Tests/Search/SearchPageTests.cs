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
        content.Article("articles/cs/dopravci", "title: Dopravci", "## Dopravci\n\nDPD doručuje standardní balíky; doručení trvá pár dní.\n");
        content.Article("articles/cs/doba-doruceni", "title: Doba doručení\ntags: [doprava]", "## Standardní doručení\n\nDoručení z Brna trvá dva dny.\n");
        content.Write("templates/en/eta.md", "---\ntitle: Delivery estimate\nshortcut: eta\ntags: [shipping]\n---\nHi {{ agent.name }}, delivery takes two days.\n");
    }

    private IRenderedComponent<SearchPage> RenderPage(string? query = null, string? language = null)
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(navigation.GetUriWithQueryParameters("/", new Dictionary<string, object?> { ["q"] = query, ["lang"] = language }));
        return Render<SearchPage>();
    }

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    private IEnumerable<string?> BoxWrites => JSInterop.Invocations.Where(i => i.Identifier == "kbSearch.setText").Select(i => (string?)i.Arguments[0]);

    [Fact]
    public async Task EveryChange_IsSearchedAtOnce_AndTheResultsCarryItsNumber()
    {
        var page = RenderPage();
        var box = new BrowserSearchBox(page);

        await box.TypeAsync("d");
        await box.TypeAsync("deliv");

        Assert.Equal(["d", "deliv"], Search.Requests.Select(r => r.Query));
        Assert.Equal("2", page.Find(".results-panel").GetAttribute("data-searched"));
        Assert.Contains("Delivery times", page.Find("#results").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangesArrivingWhileASearchRuns_AreCoalesced_IntoOneSearchForTheNewest()
    {
        var page = RenderPage();
        var box = new BrowserSearchBox(page);

        await box.TypeWhileBusyAsync("deliv", "delive", "delivery");

        Assert.Equal(["delivery"], Search.Requests.Select(r => r.Query));
        Assert.Equal("3", page.Find(".results-panel").GetAttribute("data-searched"));
    }

    [Fact]
    public async Task AnOlderChange_ArrivingLate_NeverReplacesTheResultsForANewerOne()
    {
        var page = RenderPage();
        var box = new BrowserSearchBox(page);
        await box.TypeAsync("doba");
        await box.TypeAsync("delivery");

        await box.ArriveLateAsync(1, "doba");

        Assert.Equal(["doba", "delivery"], Search.Requests.Select(r => r.Query));
        Assert.Equal("2", page.Find(".results-panel").GetAttribute("data-searched"));
        Assert.Equal("Delivery times", page.Find("#result-0 .result-title").TextContent);
    }

    [Fact]
    public async Task Typing_NeverWritesTheBox_NorNavigates()
    {
        var page = RenderPage("deliv");
        var box = new BrowserSearchBox(page);
        var address = Navigation.Uri;

        foreach (var text in new[] { "doba", "doba d", "doba doruceni" })
        {
            await box.TypeAsync(text);
        }

        Assert.Empty(BoxWrites);
        Assert.Equal(address, Navigation.Uri);
        Assert.Equal("doba doruceni", Search.Requests[^1].Query);
    }

    [Fact]
    public async Task TheAddressChangingFromOutside_SetsTheBox_OnlyIfTheAgentHasNotTypedSince()
    {
        var page = RenderPage("delivery");
        var box = new BrowserSearchBox(page);
        await box.TypeAsync("refund");

        // Back to a history entry with another text: the page asks the box, naming the change it knows of.
        await page.InvokeAsync(() => Navigation.NavigateTo("/?q=warranty"));

        var write = Assert.Single(JSInterop.Invocations, i => i.Identifier == "kbSearch.setText");
        Assert.Equal(("warranty", box.Sequence), ((string?)write.Arguments[0], (long)write.Arguments[1]!));
        Assert.Equal("warranty", Search.Requests[^1].Query);
    }

    [Fact]
    public async Task TheEchoOfAFilterNavigation_DoesNotWriteTheBox()
    {
        var page = RenderPage("brno");
        var box = new BrowserSearchBox(page);
        await box.TypeAsync("brno doru");
        page.FindAll(".facet-option").Single(b => b.TextContent.Contains("Čeština", StringComparison.Ordinal)).Click();

        // The browser navigates with the box's text, which the page already has.
        await page.InvokeAsync(() => Navigation.NavigateTo("/?q=brno+doru&lang=cs"));

        Assert.Empty(BoxWrites);
        Assert.Equal(("brno doru", "cs"), (Search.Requests[^1].Query, Search.Requests[^1].Language));
    }

    [Fact]
    public async Task ASlashAlone_IsNotSearched_AndASlashShortcut_FindsItsTemplate()
    {
        var page = RenderPage();
        var box = new BrowserSearchBox(page);

        await box.TypeAsync("/");
        Assert.Empty(Search.Requests);
        Assert.Empty(page.FindAll("#results"));

        await box.TypeAsync("/eta");
        Assert.Equal("Delivery estimate", page.Find("#result-0 .result-title").TextContent);
    }

    [Fact]
    public void Results_AreLinksToTheirSection_InsideTheListbox()
    {
        var page = RenderPage("where do orders ship from");

        var first = page.Find("#result-0");
        Assert.Equal("a", first.TagName, ignoreCase: true);
        Assert.Equal("/articles/en/shipping/delivery-times#where-orders-ship-from", first.GetAttribute("href"));
        Assert.Equal(("option", "-1"), (first.GetAttribute("role"), first.GetAttribute("tabindex")));
        Assert.Equal("none", first.ParentElement!.GetAttribute("role"));
        Assert.Equal("listbox", first.ParentElement.ParentElement!.GetAttribute("role"));
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
    public async Task ArrowsMoveTheSelection_AndEnterOpensTheSelectedResultAtItsSection()
    {
        var page = RenderPage("delivery");
        var box = new BrowserSearchBox(page);
        var second = page.Find("#result-1").QuerySelector(".result-title")!.TextContent;

        await box.PressAsync("ArrowDown");
        Assert.Equal("true", page.Find("#result-1").GetAttribute("aria-selected"));
        await box.PressAsync("ArrowDown");
        await box.PressAsync("ArrowUp");
        Assert.Equal("result-1", page.Find("#search-input").GetAttribute("aria-activedescendant"));

        await box.PressAsync("Enter");

        var navigation = Services.GetRequiredService<NavigationManager>();
        var opened = Library.Current.Documents.Single(d => navigation.Uri.Contains(Web.Services.DocumentUrls.For(d), StringComparison.Ordinal));
        Assert.Equal(second, opened.Title);
    }

    [Fact]
    public async Task EnterOpensTheFirstResultAtItsSection()
    {
        var page = RenderPage("where do orders ship from");

        await new BrowserSearchBox(page).PressAsync("Enter");

        Assert.EndsWith("/articles/en/shipping/delivery-times#where-orders-ship-from", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnterRightAfterTyping_ActsOnWhatWasTyped()
    {
        var page = RenderPage("delivery");

        // The key arrives while the search for the text before it still waits.
        await page.InvokeAsync(() => Task.WhenAll(page.Instance.Typed(1, "doba doruceni"), page.Instance.Key(1, "Enter", false)));

        Assert.Contains("/articles/cs/doba-doruceni", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArrowDownRightAfterTyping_SelectsInTheResultsForWhatWasTyped()
    {
        var page = RenderPage("doba");

        await page.InvokeAsync(() => Task.WhenAll(page.Instance.Typed(1, "delivery"), page.Instance.Key(1, "ArrowDown", false)));

        Assert.Equal(["doba", "delivery"], Search.Requests.Select(r => r.Query));
        Assert.Equal("true", page.Find("#result-1").GetAttribute("aria-selected"));
    }

    [Fact]
    public async Task CtrlEnter_CopiesALinkToTheSelectedSection()
    {
        var page = RenderPage("where do orders ship from");

        await new BrowserSearchBox(page).PressAsync("Enter", ctrl: true);

        var copy = Assert.Single(JSInterop.Invocations, i => i.Identifier == "kb.copyLink");
        Assert.Equal("/articles/en/shipping/delivery-times#where-orders-ship-from", copy.Arguments[0]);
    }

    [Fact]
    public async Task Escape_ClearsQueryAndResults_WithoutTheServerWritingTheBox()
    {
        var page = RenderPage("delivery");

        await new BrowserSearchBox(page).EscapeAsync();

        Assert.Empty(page.FindAll("#results"));
        Assert.Empty(BoxWrites);
    }

    [Fact]
    public void LanguageFilter_NarrowsResults_AndGoesIntoTheUrl()
    {
        var page = RenderPage("brno");
        var czech = page.FindAll(".facet-option").Single(b => b.TextContent.Contains("Čeština", StringComparison.Ordinal));
        Assert.Contains("1", czech.QuerySelector(".count")!.TextContent, StringComparison.Ordinal);

        czech.Click();

        Assert.All(page.FindAll(".result .badge-lang"), badge => Assert.Equal("CS", badge.TextContent));
        var navigate = Assert.Single(JSInterop.Invocations, i => i.Identifier == "kbSearch.navigate");
        Assert.Equal("cs", ((IReadOnlyDictionary<string, string?>)navigate.Arguments[0]!)["lang"]);
        Assert.Equal(false, navigate.Arguments[1]);
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
        var navigate = JSInterop.Invocations.Last(i => i.Identifier == "kbSearch.navigate");
        Assert.Null(((IReadOnlyDictionary<string, string?>)navigate.Arguments[0]!)["lang"]);
    }

    [Fact]
    public async Task Typo_OffersDidYouMean_ThatPutsTheCorrectionIntoTheBox_WhichSearchesIt()
    {
        JSInterop.Setup<bool>("kbSearch.setText", _ => true).SetResult(true);
        var page = RenderPage("delivry tmes");
        var box = new BrowserSearchBox(page);

        page.FindAll(".link-button").First(b => b.TextContent == "delivery times").Click();

        Assert.Equal("delivery times ", Assert.Single(BoxWrites));
        Assert.Contains(JSInterop.Invocations, i => i.Identifier == "kbSearch.navigate");

        // The box sends the new text back like any change.
        await box.TypeAsync("delivery times ");
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
    public async Task AFailureWhileRefreshingForAContentChange_ReachesThePage_NotADiscardedTask()
    {
        RenderPage("toasters");
        var failure = new InvalidOperationException("the index broke under the page");
        Search.Failure = failure;

        Content.Article("articles/en/toasters", "title: Toasters", "## Bread\n\nToasters brown bread.\n");
        Apply("articles/en/toasters.md");

        Assert.Same(failure, await Renderer.UnhandledException.WaitAsync(TimeSpan.FromSeconds(10)));
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
    public async Task SelectedTemplate_ShowsItsFormBesideTheResults_AndAnArticleDoesNot()
    {
        var page = RenderPage("delivery estimate");
        Assert.True(page.FindAll(".result").Count > 1);
        Assert.Equal("Delivery estimate", page.Find("#template-panel h2").TextContent);
        Assert.Contains("Hi Petra Nováková, delivery takes two days.", page.Find("#panel-preview").TextContent);

        await new BrowserSearchBox(page).PressAsync("ArrowDown");

        Assert.Empty(page.FindAll("#template-panel"));
    }

    [Fact]
    public async Task PreferencesLoadingLate_KeepTheResultTheAgentSelected()
    {
        var storedProfile = JSInterop.Setup<string?>("kb.getPreference", "kb.agentProfile");
        var page = RenderPage("delivery");
        await new BrowserSearchBox(page).PressAsync("ArrowDown");
        Assert.Equal("true", page.Find("#result-1").GetAttribute("aria-selected"));

        storedProfile.SetResult("{\"name\":\"Olga\"}");

        page.WaitForAssertion(() => Assert.Equal("true", page.Find("#result-1").GetAttribute("aria-selected")));
    }

    [Fact]
    public void PreferencesLoadingLate_SelectTheNewFirstResult_WhenTheAgentChoseNone()
    {
        var storedLanguage = JSInterop.Setup<string?>("kb.getPreference", "kb.preferredLanguage");
        var page = RenderPage("dpd");
        var other = page.Find("#result-0 .badge-lang").TextContent == "EN" ? "CS" : "EN";

        // "DPD" is the same word in both languages: only the preference decides which comes first.
        storedLanguage.SetResult(other.ToLowerInvariant());

        page.WaitForAssertion(() => Assert.Equal(other, page.Find("#result-0 .badge-lang").TextContent));
        Assert.Equal("true", page.Find("#result-0").GetAttribute("aria-selected"));
    }
}
