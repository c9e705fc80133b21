using KnowledgeBase.Content.Authoring.Merging;

namespace KnowledgeBase.Content.Tests.Authoring;

public sealed class TextMergeTests
{
    [Theory]
    // base, mine, theirs, merged
    [InlineData("a\nb\nc\nd\ne\n", "A\nb\nc\nd\ne\n", "a\nb\nc\nd\nE\n", "A\nb\nc\nd\nE\n")]
    [InlineData("a\nb\nc\nd\n", "a\nB\nc\nd\n", "a\nb\nC\nd\n", "a\nB\nC\nd\n")]
    [InlineData("a\nb\nc\n", "a\nX\nc\n", "a\nX\nc\n", "a\nX\nc\n")]
    [InlineData("a\nb\nc\n", "top\na\nb\nc\n", "a\nb\nc\nbottom\n", "top\na\nb\nc\nbottom\n")]
    [InlineData("a\nb\nc\nd\ne\n", "a\nc\nd\ne\n", "a\nb\nc\nd\nE\n", "a\nc\nd\nE\n")]
    [InlineData("a\nb\n", "a\nb\n", "a\nX\n", "a\nX\n")]
    [InlineData("x\nx\nx\ny\nx\nx\n", "x\nx\nZ\ny\nx\nx\n", "x\nx\nx\ny\nx\nW\n", "x\nx\nZ\ny\nx\nW\n")]
    [InlineData("a\nb\nc", "A\nb\nc", "a\nb\nC", "A\nb\nC")]
    public void Merge_ChangesToDifferentLines_MergeCleanly(string baseText, string mine, string theirs, string merged)
    {
        var result = TextMerge.Merge(baseText, mine, theirs);

        Assert.True(result.IsClean);
        Assert.Equal(merged, result.Text());
    }

    [Fact]
    public void Merge_IgnoresLineEndings_TheFileOnDiskMayHaveCrlf()
    {
        var result = TextMerge.Merge("a\r\nb\r\nc\r\nd\r\n", "A\nb\nc\nd\n", "a\r\nb\r\nc\r\nD\r\n");

        Assert.True(result.IsClean);
        Assert.Equal("A\nb\nc\nD\n", result.Text());
    }

    [Theory]
    [InlineData("a\nb\nc\n", "a\nX\nc\n", "a\nY\nc\n", "b", "X", "Y")]
    [InlineData("a\nb\n", "a\nX\nb\n", "a\nY\nb\n", "", "X", "Y")]
    [InlineData("a\nb\nc\n", "a\nc\n", "a\nB\nc\n", "b", "", "B")]
    public void Merge_DifferentChangesToTheSameLines_AreAConflict_WithBothSides(string baseText, string mine, string theirs, string baseLines, string mineLines, string theirLines)
    {
        var result = TextMerge.Merge(baseText, mine, theirs);

        var conflict = Assert.Single(result.Chunks, c => c.IsConflict);
        Assert.Equal((baseLines, mineLines, theirLines), (string.Join('\n', conflict.Base), string.Join('\n', conflict.Mine), string.Join('\n', conflict.Theirs)));
        Assert.Equal(mine, result.Text(mine: true));
        Assert.Equal(theirs, result.Text(mine: false));
    }

    // DiffPlex 1.9.0's ThreeWayDiffer merges these "cleanly" and loses the change inside the larger one.
    [Theory]
    [InlineData("a\nb\nc\nd\ne\n", "a\nb\nX\nd\ne\n", "a\nY\ne\n")]
    [InlineData("a\nb\nc\nd\ne\n", "a\nb\nX\nd\ne\n", "a\ne\n")]
    [InlineData("a\nb\nc\nd\n", "a\nX\nc\nd\n", "Z\n")]
    [InlineData("a\nb\nc\nd\n", "Z\n", "a\nX\nc\nd\n")]
    public void Merge_AChangeInsideTheOtherSidesLargerChange_IsAConflict_NeverDropped(string baseText, string mine, string theirs)
    {
        var result = TextMerge.Merge(baseText, mine, theirs);

        Assert.False(result.IsClean);
        Assert.Equal(mine, result.Text(mine: true));
        Assert.Equal(theirs, result.Text(mine: false));
    }

    [Fact]
    public void Merge_TheSameDeletionOnBothSides_CountsOnce()
    {
        var result = TextMerge.Merge("a\nb\nc\n", "a\nc\n", "a\nc\n");

        Assert.True(result.IsClean);
        Assert.Equal("a\nc\n", result.Text());
    }

    [Fact]
    public void Merge_OfAFrontMatterEditAndABodyEdit_KeepsBoth()
    {
        const string Base = "---\ntitle: Refunds\nowner: Payments\n---\n## Fee\n\n15 %.\n";

        var result = TextMerge.Merge(Base, Base.Replace("15 %", "10 %", StringComparison.Ordinal), Base.Replace("Payments", "Billing", StringComparison.Ordinal));

        Assert.True(result.IsClean);
        Assert.Equal("---\ntitle: Refunds\nowner: Billing\n---\n## Fee\n\n10 %.\n", result.Text());
    }

    [Fact]
    public void Merge_KeepsTheirChangeElsewhere_WhenAConflictIsResolvedWithMine()
    {
        var result = TextMerge.Merge("a\nb\nc\nd\ne\nf\n", "a\nX\nc\nd\ne\nf\n", "a\nY\nc\nd\ne\nF\n");

        Assert.Equal(1, result.ConflictCount);
        Assert.Equal("a\nX\nc\nd\ne\nF\n", result.Text(mine: true));
        Assert.Equal("a\nY\nc\nd\ne\nF\n", result.Text(mine: false));
    }

    [Fact]
    public void Merge_TwoConflicts_AreReportedSeparately()
    {
        var result = TextMerge.Merge("a\nb\nc\nd\ne\nf\n", "a\nX\nc\nd\nP\nf\n", "a\nY\nc\nd\nQ\nf\n");

        Assert.Equal(2, result.ConflictCount);
    }
}
