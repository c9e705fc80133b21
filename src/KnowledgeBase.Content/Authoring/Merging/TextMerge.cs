using DiffPlex;

namespace KnowledgeBase.Content.Authoring.Merging;

/// <summary>
/// Line-based three-way merge (diff3) of the editor's text and the file on disk, from the text the
/// editor opened. Changes to different lines merge, neighbouring ones too; the same change on both
/// sides counts once; different changes to overlapping lines, or insertions at the same place, are
/// conflicts.
/// </summary>
/// <remarks>
/// Built on DiffPlex's two-way line diff, not on its <c>ThreeWayDiffer</c>: in DiffPlex 1.9.0 that
/// reports a change lying inside the other side's larger change as one-sided and drops it without a
/// conflict (base a,b,c,d,e; one side changes c; the other replaces b..d: the merge silently loses
/// the first change). Losing a colleague's edit silently is what this merge exists to prevent.
/// </remarks>
public static class TextMerge
{
    private static readonly Differ Differ = new();

    public static MergeResult Merge(string baseText, string mine, string theirs)
    {
        ArgumentNullException.ThrowIfNull(baseText);
        ArgumentNullException.ThrowIfNull(mine);
        ArgumentNullException.ThrowIfNull(theirs);

        // Line endings are not a change: the browser sends LF, a file may have CRLF (ContentWriter keeps the file's).
        var toMine = Differ.CreateLineDiffs(Normalize(baseText), Normalize(mine), ignoreWhitespace: false);
        var toTheirs = Differ.CreateLineDiffs(Normalize(baseText), Normalize(theirs), ignoreWhitespace: false);
        var baseLines = toMine.PiecesOld;
        var hunks = Hunks(toMine, Side.Mine).Concat(Hunks(toTheirs, Side.Theirs))
            .OrderBy(h => h.Start).ThenBy(h => h.Count).ToList();

        var chunks = new List<MergeChunk>();
        var position = 0;
        var i = 0;
        while (i < hunks.Count)
        {
            // A group: hunks that overlap, from either side, in base lines [start, end).
            var group = new List<Hunk> { hunks[i] };
            var start = hunks[i].Start;
            var end = hunks[i].End;
            for (i++; i < hunks.Count && Overlaps(hunks[i], end, group); i++)
            {
                group.Add(hunks[i]);
                end = Math.Max(end, hunks[i].End);
            }

            if (start > position)
            {
                chunks.Add(MergeChunk.Settled(Slice(baseLines, position, start)));
            }

            var mineLines = Apply(baseLines, start, end, group.Where(h => h.Side == Side.Mine));
            var theirLines = Apply(baseLines, start, end, group.Where(h => h.Side == Side.Theirs));
            var bothChanged = group.Any(h => h.Side == Side.Mine) && group.Any(h => h.Side == Side.Theirs);
            chunks.Add(!bothChanged || mineLines.SequenceEqual(theirLines, StringComparer.Ordinal)
                ? MergeChunk.Settled(group[0].Side == Side.Mine || bothChanged ? mineLines : theirLines)
                : MergeChunk.Conflict(Slice(baseLines, start, end), mineLines, theirLines));
            position = end;
        }

        if (position < baseLines.Count)
        {
            chunks.Add(MergeChunk.Settled(Slice(baseLines, position, baseLines.Count)));
        }

        return new MergeResult(chunks);
    }

    /// <summary>
    /// Overlapping base lines conflict; so do two insertions at the same place (which goes first is
    /// a choice). A change that only touches the end of another is its neighbour, not a conflict.
    /// </summary>
    private static bool Overlaps(Hunk next, int end, List<Hunk> group) =>
        next.Start < end || (next.Start == end && next.Count == 0 && group.Any(h => h.Count == 0 && h.Start == end));

    /// <summary>The base lines [start, end) with one side's hunks in that range applied.</summary>
    private static string[] Apply(IReadOnlyList<string> baseLines, int start, int end, IEnumerable<Hunk> hunks)
    {
        var result = new List<string>();
        var position = start;
        foreach (var hunk in hunks)
        {
            result.AddRange(Slice(baseLines, position, hunk.Start));
            result.AddRange(hunk.Lines);
            position = hunk.End;
        }

        result.AddRange(Slice(baseLines, position, end));
        return [.. result];
    }

    private static IEnumerable<Hunk> Hunks(DiffPlex.Model.DiffResult diff, Side side) =>
        diff.DiffBlocks.Select(b => new Hunk(side, b.DeleteStartA, b.DeleteCountA, Slice(diff.PiecesNew, b.InsertStartB, b.InsertStartB + b.InsertCountB)));

    private static string[] Slice(IReadOnlyList<string> lines, int from, int to) => [.. lines.Skip(from).Take(to - from)];

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private enum Side
    {
        Mine,
        Theirs,
    }

    /// <summary>One side replaces base lines [Start, Start + Count) with <see cref="Lines"/>.</summary>
    private sealed record Hunk(Side Side, int Start, int Count, string[] Lines)
    {
        public int End => Start + Count;
    }
}
