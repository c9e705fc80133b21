using KnowledgeBase.Content.Validation;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Content.Tests.Validation;

public sealed class ValidationRulesTests : IDisposable
{
    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void CleanContent_HasNoFindings()
    {
        _folder.Article("articles/en/a", "title: A\nrelated:\n  - articles/en/b", "See [B](b.md#second).\n");
        _folder.Article("articles/en/b", "title: B", "## Second\n\nText.\n");

        var report = ContentFactory.Validate(_folder.Root);

        Assert.Empty(report.Findings);
        Assert.False(report.HasErrors);
    }

    [Fact]
    public void RelatedIdThatDoesNotExist_IsAnErrorOnItsLine()
    {
        _folder.Article("articles/en/shipping/delivery", "title: A\ntags: [x]\nrelated:\n  - articles/en/shipping/refunds\n  - articles/en/returns/refund");
        _folder.Article("articles/en/returns/refund", "title: Refunds");

        var finding = Assert.Single(ContentFactory.Validate(_folder.Root).Findings);

        Assert.Equal("articles/en/shipping/delivery.md", finding.Path);
        Assert.Equal(5, finding.Line);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("'articles/en/shipping/refunds' does not exist", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RelativeLinkThatPointsNowhere_IsAnErrorOnItsLine()
    {
        _folder.Article("articles/en/a", "title: A", "Intro.\n\n## Steps\n\n1. Read [the SOP](../en/missing.md).\n2. Read [B](b.md).\n");
        _folder.Article("articles/en/b", "title: B");

        var finding = Assert.Single(ContentFactory.Validate(_folder.Root).Findings);

        Assert.Equal(8, finding.Line);
        Assert.Contains("'../en/missing.md' points nowhere", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LinkToAMissingSection_IsAWarning()
    {
        _folder.Article("articles/en/a", "title: A", "[B](b.md#nope)\n");
        _folder.Article("articles/en/b", "title: B", "## Yes\n");

        var finding = Assert.Single(ContentFactory.Validate(_folder.Root).Findings);

        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains("has no section '#nope'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LinkOutOfTheContentFolder_IsAnError()
    {
        _folder.Article("articles/en/a", "title: A", "[x](../../../../etc/passwd)\n");

        Assert.Contains("outside the content folder", Assert.Single(ContentFactory.Validate(_folder.Root).Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateShortcutWithinALanguage_IsAnError_ButNotAcrossLanguages()
    {
        _folder.Write("templates/en/a.md", "---\ntitle: A\nshortcut: eta\n---\nText\n");
        _folder.Write("templates/en/b.md", "---\ntitle: B\nshortcut: /ETA\n---\nText\n");
        _folder.Write("templates/ru/c.md", "---\ntitle: C\nshortcut: eta\n---\nТекст\n");

        var finding = Assert.Single(ContentFactory.Validate(_folder.Root).Findings);

        Assert.Equal("templates/en/b.md", finding.Path);
        Assert.Equal(3, finding.Line);
        Assert.Contains("already used by templates/en/a", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OverdueReview_IsAWarningOnTheReviewedLine()
    {
        _folder.Article("articles/en/old", "title: Old\nowner: Jana\nreviewed: 2026-01-10\nreview_every: 180");
        _folder.Article("articles/en/fresh", "title: Fresh\nreviewed: 2026-11-01\nreview_every: 180");

        var finding = Assert.Single(ContentFactory.Validate(_folder.Root).Findings);

        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal("articles/en/old.md", finding.Path);
        Assert.Equal(4, finding.Line);
        Assert.Contains("review overdue since 2026-07-09", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_FormatAsPathLineSeverityMessage()
    {
        var finding = Finding.Error("articles/en/a.md", 7, "yaml", "malformed YAML");

        Assert.Equal("content/articles/en/a.md:7: error: malformed YAML", finding.Format("content/articles/en/a.md"));
    }

    [Fact]
    public void ARuleThatThrows_BecomesAFinding_NotACrash()
    {
        _folder.Article("articles/en/a", "title: A");
        var validator = new ContentValidator([new ThrowingRule()]);

        var report = validator.Validate(ContentFactory.Loader.Load(_folder.Root));

        Assert.Contains("ThrowingRule failed", Assert.Single(report.Findings).Message, StringComparison.Ordinal);
    }

    private sealed class ThrowingRule : IContentRule
    {
        public IEnumerable<Finding> Check(KnowledgeBase.Content.Loading.ContentSet content) => throw new InvalidOperationException("boom");
    }
}
