namespace KnowledgeBase.Search.Tests.Ranking;

/// <summary>
/// What BM25F document scoring promises: every typed word counts once, a title hit counts like a few
/// more occurrences rather than like another word, typos are read whatever letters they swap, and
/// synonyms and codes match as wholes.
/// </summary>
public sealed class DocumentScoringTests : IDisposable
{
    private readonly IndexedContent _index = new();

    public DocumentScoringTests()
    {
        var content = _index.Content;
        content.Article("articles/en/kettles", "title: Kettle\ntags: [products]",
            "A short note about our range.\n\n## Range\n\nWe sell many appliances in several colours and sizes for every kitchen.\n");
        content.Article("articles/en/appliance-care", "title: Appliance care\ntags: [support]",
            "How to look after what customers buy.\n\n## Cleaning\n\nWipe appliances with a dry cloth. Never use abrasive cleaners on coated surfaces.\n\n" +
            "## Limescale\n\nDescale the kettle with citric acid once a month in hard-water areas, then rinse it twice.\n\n" +
            "## Storage\n\nKeep appliances dry. Coil cables loosely and store boxes flat.\n");
        content.Article("articles/en/counter", "title: Counter service\ntags: [stores]",
            "## Queues\n\nAsk customers to step back from the counter while the next one is served.\n");
        content.Article("articles/en/refunds", "title: Refunds\ntags: [billing]", "## Timelines\n\nA refund reaches the card within five days.\n");
        content.Article("articles/en/product-codes", "title: Product codes\ntags: [products]",
            "## Kettles\n\nK-2040 is the steel kettle. K-2040 comes in three colours; K-2040-BK is black.\n");
        content.Article("articles/en/coupons", "title: Coupon codes\ntags: [pricing]", "## Current codes\n\nWINTER25 gives 25 % off kettles such as K-2040.\n");
        content.Article("articles/en/delivery", "title: Delivery times\ntags: [shipping]", "## Standard\n\nDelivery takes two to four working days.\n");
        content.Article("articles/en/proof", "title: Proof of receipt\ntags: [shipping]", "## Signatures\n\nDelivered, delivered and delivered again: the courier marked it delivered.\n");
        content.Write("templates/en/delivery.md", "---\ntitle: Delivery times\n---\nHi, delivery takes two to four working days.\n");
        content.Write("synonyms/en.txt", "refund, money back\n");
        _index.Open();
    }

    public void Dispose() => _index.Dispose();

    [Fact]
    public void APageHoldingAllTheWords_BeatsOneWithOneWordInItsTitle()
    {
        Assert.Equal("articles/en/appliance-care", _index.Ids("kettle descale citric acid")[0]);
    }

    [Fact]
    public void AMultiWordSynonym_DoesNotMatchOnOneOfItsWords()
    {
        var ids = _index.Ids("refund ");

        Assert.Equal("articles/en/refunds", ids[0]);
        Assert.DoesNotContain("articles/en/counter", ids);
    }

    [Theory]
    [InlineData("edlivery ")]
    [InlineData("dleivery ")]
    [InlineData("delivrey ")]
    public void TwoSwappedLetters_AreReadAsTheWord_WhereverTheyAre(string query)
    {
        Assert.Equal("articles/en/delivery", _index.Ids(query)[0]);
    }

    [Fact]
    public void StopWords_AloneNeverMakeAResult()
    {
        Assert.Empty(_index.Ids("gift wrapping for hamsters"));
    }

    [Fact]
    public void AHalfTypedWord_MeansItsLikeliestCompletion_AndTheSopBeforeItsTemplate()
    {
        var ids = _index.Ids("deliv");

        Assert.Equal(["articles/en/delivery", "templates/en/delivery"], ids.Take(2));
    }

    [Fact]
    public void ACodeQuery_ListsEachDocumentOnce_AndTheOneThatExplainsTheCodeFirst()
    {
        var ids = _index.Ids("K-2040");

        Assert.Equal("articles/en/product-codes", ids[0]);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains("articles/en/coupons", ids);
    }
}
