namespace KnowledgeBase.Search.Tests.Ranking;

/// <summary>Where a result opens: the words the title names pick the document, the others the section.</summary>
public sealed class AnchorTests : IDisposable
{
    private readonly IndexedContent _index = new();

    public AnchorTests()
    {
        _index.Content.Article("articles/en/escalation", "title: Escalation process\ntags: [escalation, supervisor]",
            "Whoever escalates a case to a supervisor keeps the customer informed.\n\n" +
            "## Level 2 — expert\n\nA support engineer answers technical questions within a day.\n\n" +
            "## Level 3 — supervisor\n\nThe supervisor on duty takes over at once and apologises.\n");
        _index.Content.Article("articles/en/fees", "title: Refunds, exchanges and the restocking fee",
            "Returns within 30 days; the restocking fee applies to opened items.\n\n## Refund timelines\n\nRefunds take five days.\n\n" +
            "## Restocking fee\n\nA fee of 15 % applies to opened items that were used.\n");
        _index.Open();
    }

    public void Dispose() => _index.Dispose();

    [Fact]
    public void WordsTheTitleDoesNotName_ChooseTheSection()
    {
        var hit = _index.Search("escalate to supervisor").Results[0];

        Assert.Equal("articles/en/escalation", hit.Id);
        Assert.Equal("level-3--supervisor", hit.Section);
    }

    [Fact]
    public void ASectionWhoseHeadingNamesEveryWord_IsWhereTheResultOpens()
    {
        var hit = _index.Search("restocking fee").Results[0];

        Assert.Equal("articles/en/fees", hit.Id);
        Assert.Equal("restocking-fee", hit.Section);
    }
}
