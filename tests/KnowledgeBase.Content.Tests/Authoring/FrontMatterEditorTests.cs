using KnowledgeBase.Content.Authoring;

namespace KnowledgeBase.Content.Tests.Authoring;

public sealed class FrontMatterEditorTests
{
    [Fact]
    public void SetReviewed_ReplacesOnlyTheReviewedLine()
    {
        var text = "---\ntitle: Refunds # keep me\nreviewed: 2024-01-05\nreview_every: 90\ntags: [a, b]\n---\nBody\n";

        var edited = FrontMatterEditor.SetReviewed(text, new DateOnly(2026, 11, 23));

        Assert.Equal("---\ntitle: Refunds # keep me\nreviewed: 2026-11-23\nreview_every: 90\ntags: [a, b]\n---\nBody\n", edited);
    }

    [Fact]
    public void SetReviewed_KeepsACommentOnTheLine()
    {
        var edited = FrontMatterEditor.SetReviewed("---\ntitle: A\nreviewed: 2024-01-05   # last audit\n---\n", new DateOnly(2026, 11, 23));

        Assert.Equal("---\ntitle: A\nreviewed: 2026-11-23   # last audit\n---\n", edited);
    }

    [Fact]
    public void SetReviewed_AddsTheKeyBeforeTheClosingLine_KeepingCrlf()
    {
        var text = "---\r\ntitle: Refunds\r\n---\r\nBody\r\n";

        var edited = FrontMatterEditor.SetReviewed(text, new DateOnly(2026, 11, 23));

        Assert.Equal("---\r\ntitle: Refunds\r\nreviewed: 2026-11-23\r\n---\r\nBody\r\n", edited);
    }

    [Fact]
    public void Set_ReplacesABlockList_AndKeepsTheNextKey()
    {
        var text = "---\ntitle: A\ntags:\n  - old\n  - older\nowner: Team\n---\n";

        var edited = FrontMatterEditor.Set(text, "tags", FrontMatterEditor.ListEntry("tags", ["new"]));

        Assert.Equal("---\ntitle: A\ntags:\n  - new\nowner: Team\n---\n", edited);
    }

    [Fact]
    public void Set_FindsAKeyWrittenWithCapitals_InsteadOfAddingASecondOne()
    {
        Assert.Equal("---\ntitle: B\n---\n", FrontMatterEditor.Set("---\nTitle: A\n---\n", "title", "title: B"));
    }

    [Fact]
    public void Set_WithNull_RemovesTheKey()
    {
        Assert.Equal("---\ntitle: A\n---\n", FrontMatterEditor.Set("---\ntitle: A\nsummary: >\n  long\n  text\n---\n", "summary", null));
    }

    [Fact]
    public void Set_OnAFileWithoutFrontMatter_AddsOne()
    {
        Assert.Equal("---\ntitle: A\n---\nBody\n", FrontMatterEditor.Set("Body\n", "title", "title: A"));
    }

    [Theory]
    [InlineData("---\ntitle: A\n---\nOld\n", "---\ntitle: A\n---\nNew\n")]
    [InlineData("---\r\ntitle: A\r\n---\r\nOld\r\n", "---\r\ntitle: A\r\n---\r\nNew\n")]
    [InlineData("---\ntitle: A\n---", "---\ntitle: A\n---\nNew\n")]
    [InlineData("Old\n", "New\n")]
    public void ReplaceBody_KeepsTheFrontMatterAsItIs(string text, string expected) =>
        Assert.Equal(expected, FrontMatterEditor.ReplaceBody(text, "New\n"));

    [Theory]
    [InlineData("Refunds", "Refunds")]
    [InlineData("Refunds: how", "\"Refunds: how\"")]
    [InlineData("yes", "\"yes\"")]
    [InlineData("#tag", "\"#tag\"")]
    [InlineData("say \"hi\" # now", "\"say \\\"hi\\\" # now\"")]
    [InlineData("- item", "\"- item\"")]
    public void Scalar_QuotesOnlyWhenNeeded(string value, string expected) =>
        Assert.Equal(expected, FrontMatterEditor.Scalar(value));
}
