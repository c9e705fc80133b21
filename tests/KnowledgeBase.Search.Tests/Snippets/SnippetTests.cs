using KnowledgeBase.Search.Querying;
using KnowledgeBase.Search.Suggestions;

namespace KnowledgeBase.Search.Tests.Snippets;

public sealed class SnippetTests : IDisposable
{
    private readonly IndexedContent _index = new();

    public SnippetTests()
    {
        var content = _index.Content;
        content.Article("articles/en/refunds", "title: Money back",
            "## Timelines\n\nWe refunded the order. " + string.Join(' ', Enumerable.Repeat("Filler words about nothing in particular.", 12)) +
            " Later the warehouse inspects returns and the refund reaches the card.\n");
        content.Article("articles/cs/doruceni", "title: Doba", "## Sklad\n\nDoručení z Brna trvá dva dny.\n");
        content.Article("articles/en/markup", "title: Markup", "## Raw\n\nType 5 < 6 & \"7\" > 3 into the delivery box.\n");
        content.Article("articles/en/claims", "title: Claims", "## Claims\n\nIf a parcel goes missing, you can do one thing: open a claim.\n");
        // With synonyms the query's stemming keeps stop words (so "not working" can match a rule).
        content.Write("synonyms/en.txt", "refund, money back\n");
        content.Write("templates/en/kettle.md", "---\ntitle: Kettle status\nfields:\n  - name: order.id\n    label: Order\n---\n{% if order.id %}Your kettle order {{ order.id }} is packed.{% else %}Your kettle is packed and leaves today.{% endif %}\n");
        content.Write("templates/en/voucher.md", "---\ntitle: Voucher status\nfields:\n  - name: customer.first_name\n    label: First name\n  - name: voucher.code\n    label: Code\n---\n" +
            "Hi {{ customer.first_name }},{% if voucher.code %} your voucher {{ voucher.code }} is valid.{% else %} your voucher has expired.{% endif %} Thanks for waiting.\n");
        content.Write("templates/en/pickup.md", "---\ntitle: Pickup\nfields:\n  - name: carrier\n    label: Carrier\n---\n" +
            "{% case carrier %}{% when 'dpd' %}DPD fetches the crate.{% when 'ups' %}UPS fetches the box.{% else %}The courier fetches it.{% endcase %}\n");
        _index.Open();
    }

    public void Dispose() => _index.Dispose();

    private static string Hits(SearchHit hit) => string.Join("|", hit.Snippet.Where(s => s.Hit).Select(s => s.Text));

    private static string Text(SearchHit hit) => string.Concat(hit.Snippet.Select(s => s.Text));

    [Fact]
    public void StopWords_AreNotMarked()
    {
        var hit = _index.Search("when will the warehouse inspect it").Results[0];

        Assert.Equal("warehouse|inspects", Hits(hit));
    }

    [Fact]
    public void SmallWords_AreNotMarked_ThoughTheIndexKeepsThem()
    {
        var hit = _index.Search("what can you do about a missing parcel").Results[0];

        Assert.Equal("articles/en/claims", hit.Id);
        Assert.Equal("parcel|missing", Hits(hit));
    }

    [Fact]
    public void SuggestionSnippets_DoNotMarkSmallWords()
    {
        var response = _index.Index!.Suggest(new SuggestionRequest("Hi, my parcel went missing, what can you do?") { Language = "en" });

        var hit = Assert.Single(response.Sections, h => h.Id == "articles/en/claims");
        Assert.Equal("parcel|missing", Hits(hit));
    }

    [Fact]
    public void StemmedMatches_AreMarked()
    {
        var hit = _index.Search("refund ").Results[0];

        Assert.Contains("refund", Hits(hit), StringComparison.Ordinal);
    }

    [Fact]
    public void Window_IsWhereMostDistinctWordsMatch()
    {
        var hit = _index.Search("warehouse refund card").Results[0];

        Assert.Equal("warehouse|refund|card", Hits(hit));
        Assert.StartsWith("…", Text(hit), StringComparison.Ordinal);
        Assert.True(Text(hit).Length <= 200, Text(hit));
    }

    [Fact]
    public void FoldedMatches_MarkTheAccentedWords()
    {
        var hit = _index.Search("doruceni").Results[0];

        Assert.Equal("Doručení", Hits(hit));
    }

    [Fact]
    public void PrefixMatches_MarkTheWholeWord()
    {
        var hit = _index.Search("deliv").Results[0];

        Assert.Equal("delivery", Hits(hit));
    }

    [Fact]
    public void TypoCorrections_AreMarked()
    {
        var hit = _index.Search("inspcts ").Results[0];

        Assert.Equal("inspects", Hits(hit));
    }

    [Fact]
    public void Snippets_AreText_NotHtml()
    {
        var hit = _index.Search("delivery box").Results[0];

        Assert.Contains("5 < 6 & \"7\" > 3", Text(hit), StringComparison.Ordinal);
        Assert.Equal("delivery|box", Hits(hit));
    }

    [Fact]
    public void Snippets_AreOneLine()
    {
        var hit = _index.Search("refunded").Results[0];

        Assert.DoesNotContain('\n', Text(hit));
        Assert.DoesNotContain("  ", Text(hit), StringComparison.Ordinal);
    }

    [Fact]
    public void TemplateSnippet_ComesFromOneBranch_AndShowsFieldsByName()
    {
        var hit = _index.Search("kettle order packed").Results[0];

        Assert.Equal("Your kettle order [id] is packed.", Text(hit));
        Assert.Equal("kettle|order|packed", Hits(hit));
    }

    [Fact]
    public void TemplateSnippet_ComesFromTheBranchWithTheMostWordsTyped()
    {
        var hit = _index.Search("kettle leaves today").Results[0];

        Assert.Equal("Your kettle is packed and leaves today.", Text(hit));
    }

    [Fact]
    public void TemplateSnippet_KeepsTheTextAroundTheBranch()
    {
        var hit = _index.Search("voucher expired").Results[0];

        Assert.Equal("Hi [first name], your voucher has expired. Thanks for waiting.", Text(hit));
    }

    [Fact]
    public void TemplateSnippet_ShowsOneCaseOfACase()
    {
        var hit = _index.Search("courier fetches").Results[0];

        Assert.Equal("The courier fetches it.", Text(hit));
    }

    [Fact]
    public void TemplateWords_OnBothSidesOfATag_AreFoundAsWords()
    {
        Assert.Equal("templates/en/kettle", _index.Search("packed today").Results[0].Id);
        Assert.Equal("templates/en/voucher", _index.Search("first name valid").Results[0].Id);
    }

    [Fact]
    public void SameSection_SearchedTwice_MarksEachQuerysOwnWords()
    {
        var first = _index.Search("warehouse card").Results[0];
        var second = _index.Search("refunded").Results[0];
        var again = _index.Search("warehouse card").Results[0];

        Assert.Equal("warehouse|card", Hits(first));
        Assert.Equal("refunded", Hits(second));
        Assert.Equal(Text(first), Text(again));
        Assert.Equal(Hits(first), Hits(again));
    }
}
