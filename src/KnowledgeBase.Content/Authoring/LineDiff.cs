using DiffPlex;
using DiffPlex.Model;

namespace KnowledgeBase.Content.Authoring;

/// <summary>A readable line-by-line diff of two texts (DiffPlex stays behind this type).</summary>
public static class LineDiff
{
    private static readonly Differ Differ = new();

    /// <summary>Every line of both texts in order: unchanged, removed (old only) and added (new only).</summary>
    public static IReadOnlyList<DiffLine> Compute(string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        var result = Differ.CreateLineDiffs(Normalize(oldText), Normalize(newText), ignoreWhitespace: false);
        var lines = new List<DiffLine>();
        var oldIndex = 0;
        var newIndex = 0;
        foreach (var block in result.DiffBlocks)
        {
            Unchanged(result, lines, ref oldIndex, ref newIndex, block.DeleteStartA);
            for (var i = 0; i < block.DeleteCountA; i++, oldIndex++)
            {
                lines.Add(new DiffLine(DiffLineKind.Removed, result.PiecesOld[oldIndex], oldIndex + 1, null));
            }

            for (var i = 0; i < block.InsertCountB; i++, newIndex++)
            {
                lines.Add(new DiffLine(DiffLineKind.Added, result.PiecesNew[newIndex], null, newIndex + 1));
            }
        }

        Unchanged(result, lines, ref oldIndex, ref newIndex, result.PiecesOld.Count);
        return lines;
    }

    /// <summary>Only the changed lines with <paramref name="context"/> unchanged lines around them; null marks a gap.</summary>
    public static IReadOnlyList<DiffLine?> Hunks(IReadOnlyList<DiffLine> lines, int context = 3)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var keep = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind != DiffLineKind.Unchanged)
            {
                for (var j = Math.Max(0, i - context); j <= Math.Min(lines.Count - 1, i + context); j++)
                {
                    keep[j] = true;
                }
            }
        }

        var hunks = new List<DiffLine?>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (keep[i])
            {
                hunks.Add(lines[i]);
            }
            else if (hunks.Count > 0 && hunks[^1] is not null && i > 0 && keep[i - 1])
            {
                hunks.Add(null);
            }
        }

        if (hunks.Count > 0 && hunks[^1] is null)
        {
            hunks.RemoveAt(hunks.Count - 1);
        }

        return hunks;
    }

    private static void Unchanged(DiffResult result, List<DiffLine> lines, ref int oldIndex, ref int newIndex, int untilOld)
    {
        while (oldIndex < untilOld)
        {
            lines.Add(new DiffLine(DiffLineKind.Unchanged, result.PiecesOld[oldIndex], oldIndex + 1, newIndex + 1));
            oldIndex++;
            newIndex++;
        }
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
}
