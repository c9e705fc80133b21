using KnowledgeBase.Content.Model;
using KnowledgeBase.Search.Querying;

namespace KnowledgeBase.Search.Tests.Ranking;

public sealed class RankingTests : IDisposable
{
    private readonly IndexedContent _index = new();

    public RankingTests()
    {
        var content = _index.Content;
        content.Article("articles/en/delivery-times", "title: Delivery times\naliases: [when will my order arrive]\ntags: [shipping]",
            "How long delivery takes.\n\n## Standard delivery\n\nTwo to four working days.\n\n## Where orders ship from\n\nOrders ship from Brno, Riga and Lyon.\n");
        content.Article("articles/en/returns", "title: Returns\ntags: [returns]",
            "## Packaging\n\nPack the item well. Delivery of the return label takes a day.\n\n## Timelines\n\nWe refunded most orders within five days.\n");
        content.Article("articles/en/refunds", "title: Money matters\ntags: [billing]",
            "## Refund\n\nA refund goes to the original payment method.\n");
        content.Article("articles/en/coupons", "title: Coupon codes\ntags: [pricing]",
            "## Current codes\n\nWINTER25 gives 25 % off kettles such as K-2040 until February.\n");
        content.Article("articles/en/chargebacks", "title: Disputed payments\ntags: [billing]",
            "## Chargebacks\n\nWhen a chargeback arrives, the billing team answers the bank.\n");
        content.Article("articles/en/lockers", "title: Shipping information\ntags: [shipping]",
            "## Delivering to parcel lockers\n\nOmniva parcel lockers in the Baltics.\n\n## Parcel sizes\n\nAny parcel up to 30 kg.\n");
        content.Article("articles/en/far-apart", "title: Notes\ntags: [misc]", "## Misc\n\nDelivery notes for couriers. Opening times of the shop.\n");
        content.Article("articles/en/adjacent", "title: Other notes\ntags: [misc]", "## More\n\nOur delivery times vary. Anything else is fine.\n");
        content.Article("articles/cs/doruceni", "title: Doba doručení\ntags: [doprava]", "## Standardní doručení\n\nDva až čtyři pracovní dny.\n");
        content.Write("templates/en/eta.md", "---\ntitle: Delivery estimate\nshortcut: eta\ntags: [shipping]\n---\nHi {{ agent.name }}, it ships soon.\n");
        content.Write("templates/en/arrived.md", "---\ntitle: Return arrived\nshortcut: arrived\nchannels: [chat, sms]\n---\nYour return has arrived.\n\n## chat\n\nReturn arrived.\n\n## sms\n\nArrived today.\n");
        content.Write("synonyms/en.txt", "# disputes\nchargeback, card dispute\n");
        _index.Open();
    }

    public void Dispose() => _index.Dispose();

    [Fact]
    public void TitledArticle_BeatsOneThatMentionsTheWordsInPassing()
    {
        var ids = _index.Ids("delivery times");

        Assert.Equal("articles/en/delivery-times", ids[0]);
        Assert.Contains("articles/en/returns", ids);
    }

    [Fact]
    public void BestSection_IsNamed_ByItsAnchor()
    {
        var hit = _index.Search("where do orders ship from").Results[0];

        Assert.Equal("articles/en/delivery-times", hit.Id);
        Assert.Equal("where-orders-ship-from", hit.Section);
        Assert.Equal("Where orders ship from", hit.SectionTitle);
    }

    [Fact]
    public void TitleOnlyMatch_HasNoSection()
    {
        var hit = _index.Search("disputed payments ").Results[0];

        Assert.Equal("articles/en/chargebacks", hit.Id);
        Assert.Null(hit.Section);
        Assert.Null(hit.SectionTitle);
    }

    [Fact]
    public void QueryNamingTheDocument_PointsAtItsTop_NotAtASectionThatRepeatsTheWords()
    {
        _index.Content.Article("articles/en/returns-policy", "title: Returns policy",
            "## Exceptions\n\nSee the returns policy for items bought on sale.\n\n## Returns of opened items\n\nA fee applies.\n");
        _index.Sync();

        var named = _index.Search("returns policy").Results.Single(r => r.Id == "articles/en/returns-policy");
        var sectionNamed = _index.Search("opened items").Results.Single(r => r.Id == "articles/en/returns-policy");

        Assert.Null(named.Section);
        Assert.Equal("returns-of-opened-items", sectionNamed.Section);
    }

    [Fact]
    public void ExactWord_RanksAboveItsOtherForms()
    {
        var ids = _index.Ids("refund ");

        Assert.Equal("articles/en/refunds", ids[0]);
        Assert.Contains("articles/en/returns", ids);
    }

    [Fact]
    public void Phrase_RanksAboveTheSameWordsApart()
    {
        var ids = _index.Ids("delivery times").Where(id => id.Contains("notes", StringComparison.Ordinal) || id.Contains("adjacent", StringComparison.Ordinal) || id.Contains("far", StringComparison.Ordinal)).ToList();

        Assert.Equal(["articles/en/adjacent", "articles/en/far-apart"], ids);
    }

    [Theory]
    [InlineData("deliv", "articles/en/delivery-times")]
    [InlineData("coupon co", "articles/en/coupons")]
    [InlineData("chargeb", "articles/en/chargebacks")]
    public void LastWordBeingTyped_MatchesAsAPrefix(string query, string expected)
    {
        Assert.Equal(expected, _index.Ids(query)[0]);
    }

    [Fact]
    public void PartialLastWord_CompletesAPhrase()
    {
        var hit = _index.Search("parcel lock").Results[0];

        Assert.Equal("articles/en/lockers", hit.Id);
        Assert.Equal("delivering-to-parcel-lockers", hit.Section);
    }

    [Fact]
    public void FinishedWord_IsNotAPrefix()
    {
        Assert.DoesNotContain("articles/en/delivery-times", _index.Ids("deliv "));
    }

    [Theory]
    [InlineData("delivry", "articles/en/delivery-times", "delivery")]
    [InlineData("chargebak ", "articles/en/chargebacks", "chargeback")]
    [InlineData("cuopon codes", "articles/en/coupons", "coupon codes")]
    public void Typos_StillFindTheArticle_AndOfferACorrection(string query, string expected, string correction)
    {
        var response = _index.Search(query);

        Assert.Equal(expected, response.Results[0].Id);
        Assert.Equal(correction, response.DidYouMean);
    }

    [Fact]
    public void CorrectlySpelledQuery_OffersNoCorrection()
    {
        Assert.Null(_index.Search("delivery times").DidYouMean);
        Assert.Null(_index.Search("refunded").DidYouMean);
    }

    [Fact]
    public void ExactMatch_RanksAboveATypoCorrection()
    {
        _index.Content.Article("articles/en/typo-title", "title: Delivry window", "## Window\n\nA courier window.\n");
        _index.Sync();

        var ids = _index.Ids("delivry ");

        Assert.Equal("articles/en/typo-title", ids[0]);
    }

    [Theory]
    [InlineData("WINTER25")]
    [InlineData("winter25")]
    [InlineData("K-2040")]
    public void Codes_MatchExactly(string code)
    {
        Assert.Equal("articles/en/coupons", _index.Ids(code)[0]);
    }

    [Fact]
    public void NearMissCode_DoesNotMatchFuzzily()
    {
        Assert.DoesNotContain("articles/en/coupons", _index.Ids("K-2041"));
    }

    [Fact]
    public void Shortcut_FindsItsTemplate()
    {
        var hit = _index.Search("/eta").Results[0];

        Assert.Equal("templates/en/eta", hit.Id);
        Assert.Equal(DocumentKind.Template, hit.Kind);
    }

    [Fact]
    public void Shortcut_OfATemplateWithChannelSections_FindsItOnce()
    {
        var ids = _index.Ids("arrived");

        Assert.Equal("templates/en/arrived", ids[0]);
        Assert.Equal(ids.Distinct().Count(), ids.Count);
    }

    [Fact]
    public void Synonyms_FindDocumentsThatUseTheOtherWord()
    {
        Assert.Equal("articles/en/chargebacks", _index.Ids("card dispute")[0]);
    }

    [Fact]
    public void Aliases_FindTheirDocument()
    {
        Assert.Equal("articles/en/delivery-times", _index.Ids("when will my order arrive")[0]);
    }

    [Fact]
    public void Filters_NarrowResults_AndFacetsCountTheOtherValues()
    {
        var all = _index.Index!.Search(new SearchRequest("delivery"));
        var templates = _index.Index.Search(new SearchRequest("delivery") { Kind = DocumentKind.Template });
        var shipping = _index.Index.Search(new SearchRequest("delivery") { Tag = "shipping" });

        Assert.True(all.Facets.Type["article"] >= 3);
        Assert.Equal(1, all.Facets.Type["template"]);
        Assert.Equal(["templates/en/eta"], templates.Results.Select(r => r.Id));
        Assert.Equal(1, templates.Total);
        Assert.Equal(all.Facets.Type, templates.Facets.Type);
        Assert.All(shipping.Results, r => Assert.NotEqual("articles/en/returns", r.Id));
        Assert.Equal(2, shipping.Facets.Tag.Count(t => t.Key is "shipping" or "misc"));
    }

    [Fact]
    public void LanguageFilter_SearchesOnlyThatLanguage()
    {
        Assert.Equal(["articles/cs/doruceni"], _index.Ids("doručení", "cs"));
        Assert.Empty(_index.Ids("doručení", "en"));
        Assert.Contains("articles/cs/doruceni", _index.Ids("doručení"));
    }

    [Fact]
    public void PreferredLanguage_RanksFirstAmongEquals()
    {
        _index.Content.Article("articles/cs/sablona", "title: Zásilkovna Brno", "## Brno\n\nBrno.\n");
        _index.Content.Article("articles/en/brno", "title: Parcel shop Brno", "## Brno\n\nBrno.\n");
        _index.Sync();

        var czech = _index.Index!.Search(new SearchRequest("Brno") { PreferredLanguage = "cs" });
        var english = _index.Index.Search(new SearchRequest("Brno") { PreferredLanguage = "en" });

        Assert.Equal("cs", czech.Results[0].Language);
        Assert.Equal("en", english.Results[0].Language);
    }

    [Fact]
    public void TopLimitsResults_TotalCountsAll()
    {
        var response = _index.Index!.Search(new SearchRequest("delivery") { Top = 2 });

        Assert.Equal(2, response.Results.Count);
        Assert.True(response.Total > 2);
    }
}
