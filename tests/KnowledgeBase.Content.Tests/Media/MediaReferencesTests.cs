using KnowledgeBase.Content.Validation;
using KnowledgeBase.TestSupport;
using KnowledgeBase.TestSupport.Media;

namespace KnowledgeBase.Content.Tests.Media;

/// <summary><c>kb validate</c> on media links and media files; the loader and its readers never parse media files.</summary>
public sealed class MediaReferencesTests : IDisposable
{
    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void LinkedMediaThatExists_HasNoFindings()
    {
        _folder.WriteBytes("media/en/refunds-1a2b3c4d5e.png", TestImages.Png());
        _folder.WriteBytes("media/en/refund-form.pdf", TestImages.Pdf);
        _folder.Article("articles/en/refunds", "title: Refunds", "![The refund screen](/media/en/refunds-1a2b3c4d5e.png)\n\nPrint [the form](/media/en/refund-form.pdf).\n");

        Assert.Empty(ContentFactory.Validate(_folder.Root).Findings);
    }

    [Fact]
    public void MediaLinkToAMissingFile_IsAnErrorOnItsLine()
    {
        _folder.WriteBytes("media/en/present.png", TestImages.Png());
        _folder.Article("articles/en/refunds", "title: Refunds", "Intro.\n\n![ok](/media/en/present.png)\n\n## Steps\n\n![gone](/media/en/missing.png)\n");

        var finding = Assert.Single(ContentFactory.Validate(_folder.Root).Findings);

        Assert.Equal("articles/en/refunds.md", finding.Path);
        Assert.Equal(10, finding.Line);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("'/media/en/missing.png' points nowhere", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MediaLinkThatCouldNeverBeServed_IsAnError()
    {
        _folder.Article("articles/en/refunds", "title: Refunds", "![x](/media/en/../../secret.png) and ![y](/media/en/drawing.svg)\n");

        var findings = ContentFactory.Validate(_folder.Root).Findings;

        Assert.Equal(2, findings.Count(f => f.Severity == FindingSeverity.Error && f.Code == "media" && f.Line == 4));
    }

    [Fact]
    public void MediaFileNoDocumentLinksTo_IsAWarning()
    {
        _folder.WriteBytes("media/en/used.png", TestImages.Png());
        _folder.WriteBytes("media/cs/left-over.png", TestImages.Png());
        _folder.Article("articles/en/refunds", "title: Refunds", "![x](/media/en/used.png)\n");

        var finding = Assert.Single(ContentFactory.Validate(_folder.Root).Findings);

        Assert.Equal("media/cs/left-over.png", finding.Path);
        Assert.Equal(1, finding.Line);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal("media-unused", finding.Code);
    }

    [Fact]
    public void MediaFileThatCouldNeverBeServed_IsAWarningSayingWhy()
    {
        _folder.WriteBytes("media/en/drawing.svg", TestImages.Svg);

        var finding = Assert.Single(ContentFactory.Validate(_folder.Root).Findings);

        Assert.Equal("media/en/drawing.svg", finding.Path);
        Assert.Contains("never served", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryFilesUnderMedia_AreNeverParsed_NorBecomeDocuments()
    {
        // A picture whose bytes are not UTF-8 and happen to hold Markdown and front matter.
        _folder.WriteBytes("media/en/photo.png", [.. TestImages.PngWithMetadata(), 0xC3, 0x28, .. "\n---\ntitle: Not a document\n---\n# Hidden\n"u8]);
        _folder.WriteBytes("media/en/notes.pdf", [.. TestImages.Pdf, 0xFF, 0xFE]);
        _folder.Article("articles/en/refunds", "title: Refunds", "![x](/media/en/photo.png) [y](/media/en/notes.pdf)\n");

        var content = ContentFactory.Loader.Load(_folder.Root);

        Assert.Equal(["articles/en/refunds"], content.Documents.Select(d => d.Id));
        Assert.Empty(content.Findings);
        Assert.Empty(ContentFactory.Loader.LoadFile(_folder.Root, "media/en/photo.png").Findings);
        Assert.Null(ContentFactory.Loader.LoadFile(_folder.Root, "media/en/photo.png").Document);
    }

    [Fact]
    public void ImagesInMarkdown_RenderAsImages_AndAreCollectedWithTheirLines()
    {
        var html = ParserFixture.Markdown.ToHtml("Before.\n\n![The refund screen](/media/en/refunds-1a2b3c4d5e.png)\n");
        var analysis = ParserFixture.Markdown.Analyze("Before.\n\n![shot](/media/en/a.png) [form](/media/en/b.pdf) [other](../x.md)\n", bodyLine: 5);

        Assert.Contains("<img src=\"/media/en/refunds-1a2b3c4d5e.png\" alt=\"The refund screen\">", html, StringComparison.Ordinal);
        Assert.Equal(["/media/en/a.png", "/media/en/b.pdf"], analysis.MediaLinks.Select(l => l.Url));
        Assert.All(analysis.MediaLinks, link => Assert.Equal(7, link.Line));
        Assert.Equal(["../x.md"], analysis.Links.Select(l => l.Url));
    }
}
