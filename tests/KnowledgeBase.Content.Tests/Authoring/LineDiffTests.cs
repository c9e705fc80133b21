using KnowledgeBase.Content.Authoring;

namespace KnowledgeBase.Content.Tests.Authoring;

public sealed class LineDiffTests
{
    [Fact]
    public void Compute_MarksRemovedAndAddedLines_WithTheirNumbers()
    {
        var lines = LineDiff.Compute("a\nb\nc\n", "a\nB\nc\nd\n");

        Assert.Equal(
            [
                new DiffLine(DiffLineKind.Unchanged, "a", 1, 1),
                new DiffLine(DiffLineKind.Removed, "b", 2, null),
                new DiffLine(DiffLineKind.Added, "B", null, 2),
                new DiffLine(DiffLineKind.Unchanged, "c", 3, 3),
                new DiffLine(DiffLineKind.Added, "d", null, 4),
            ],
            lines);
    }

    [Fact]
    public void Hunks_KeepContextAroundChanges_AndMarkGaps()
    {
        var old = string.Join('\n', Enumerable.Range(1, 20));
        var changed = old.Replace("\n10\n", "\nten\n", StringComparison.Ordinal);

        var hunks = LineDiff.Hunks(LineDiff.Compute(old, changed), context: 1);

        Assert.Equal(["9", "10", "ten", "11"], hunks.Select(l => l!.Text));
    }
}
