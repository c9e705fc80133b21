using KnowledgeBase.Search.Querying;

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
        content.Write("templates/en/kettle.md", "---\ntitle: Kettle status\nfields:\n  - name: order.id\n    label: Order\n---\n{% if order.id %}Your kettle order {{ order.id }} is packed.{% else %}Your kettle is packed.{% endif %}\n");
        _index.Open();
    }

    public void Dispose() => _index.Dispose();

    private static string Hits(SearchHit hit) => string.Join("|", hit.Snippet.Where(s => s.Hit).Select(s => s.Text));

    private static string Text(SearchHit hit) => string.Concat(hit.Snippet.Select(s => s.Text));

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
    public void TemplateSnippet_ShowsFieldsByName_AndKeepsSentencesApartWhereLiquidTagsStood()
    {
        var hit = _index.Search("kettle packed").Results[0];

        Assert.Equal("Your kettle order [id] is packed. Your kettle is packed.", Text(hit).Trim('…', ' '));
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
