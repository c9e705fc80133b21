using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Web.Components.Search;

namespace KnowledgeBase.Web.Tests.Search;

public sealed class IndexingNoticeTests : BunitContext
{
    [Fact]
    public void WhileIndexing_ShowsProgress()
    {
        var notice = Render<IndexingNotice>(p => p.Add(n => n.Status, new IndexStatus(IndexState.Indexing, 1240, 2059, 800, 4000)));

        Assert.Contains("Indexing 1,240 of 2,059…", notice.Find("[role=status]").TextContent, StringComparison.Ordinal);
        Assert.Equal("1240", notice.Find("progress").GetAttribute("value"));
    }

    [Fact]
    public void BeforeIndexingStarts_SaysSearchIsBeingPrepared()
    {
        var notice = Render<IndexingNotice>(p => p.Add(n => n.Status, new IndexStatus(IndexState.Starting, 0, 0, 0, 0)));

        Assert.Contains("Preparing search", notice.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void WhenReady_ShowsNothing()
    {
        var notice = Render<IndexingNotice>(p => p.Add(n => n.Status, new IndexStatus(IndexState.Ready, 10, 10, 10, 40)));

        Assert.Empty(notice.Markup.Trim());
    }
}
