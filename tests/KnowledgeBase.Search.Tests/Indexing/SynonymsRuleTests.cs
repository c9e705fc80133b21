using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Markdown;
using KnowledgeBase.Search.Validation;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Search.Tests.Indexing;

public sealed class SynonymsRuleTests : IDisposable
{
    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ValidRules_IncludingStopWordPhrases_HaveNoFindings()
    {
        _folder.Write("synonyms/en.txt", "# comment\nchargeback, card dispute\nfaulty, not working\nparcel => package\n");

        var content = new ContentLoader(new DocumentParser(new MarkdownRenderer())).Load(_folder.Root);

        Assert.Empty(new SynonymsRule().Check(content));
    }

    [Fact]
    public void RuleThatCannotCompile_IsAnErrorOnItsLine()
    {
        _folder.Write("synonyms/en.txt", "parcel, package\n, , =>\n");

        var content = new ContentLoader(new DocumentParser(new MarkdownRenderer())).Load(_folder.Root);

        var finding = Assert.Single(new SynonymsRule().Check(content));
        Assert.Equal("synonyms/en.txt", finding.Path);
        Assert.Equal(2, finding.Line);
    }
}
