using KnowledgeBase.TestSupport;
using KnowledgeBase.TestSupport.Media;

namespace KnowledgeBase.Search.Tests.Indexing;

/// <summary>Pictures and PDFs under <c>content/media/</c> are never indexed, whatever text their bytes hold.</summary>
public sealed class MediaFilesTests
{
    [Fact]
    public void Search_FindsNothingFromInsideMediaFiles_OnlyTheArticleThatLinksThem()
    {
        using var indexed = new IndexedContent();
        indexed.Content.WriteBytes("media/en/screen.png", [.. TestImages.PngWithMetadata(), .. "\n# Zanzibarquux\n\nZanzibarquux everywhere.\n"u8]);
        indexed.Content.WriteBytes("media/en/form.pdf", [.. TestImages.Pdf, .. "Zanzibarquux"u8]);
        indexed.Content.Write("media/en/notes.md", "---\ntitle: Zanzibarquux notes\n---\nZanzibarquux.\n");
        indexed.Content.Article("articles/en/refunds", "title: Refund screen", "![The refund screen](/media/en/screen.png)\n\nOpen the refund screen.\n");

        indexed.Open();

        Assert.Empty(indexed.Ids("zanzibarquux"));
        Assert.Equal(["articles/en/refunds"], indexed.Ids("refund screen"));
        Assert.Equal(["articles/en/refunds"], indexed.Snapshot.Documents.Select(d => d.Id));
    }
}
