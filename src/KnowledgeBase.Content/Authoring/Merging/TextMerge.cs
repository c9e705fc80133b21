using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.Model;

namespace KnowledgeBase.Content.Authoring.Merging;

/// <summary>
/// Line-based three-way merge of the editor's text and the file on disk, from the text the editor
/// opened (DiffPlex's <see cref="ThreeWayDiffer"/> stays behind this type). Changes to different
/// lines merge, also neighbouring ones; the same change on both sides counts once; different
/// changes to the same lines (or insertions at the same place) are conflicts.
/// </summary>
public static class TextMerge
{
    public static MergeResult Merge(string baseText, string mine, string theirs)
    {
        ArgumentNullException.ThrowIfNull(baseText);
        ArgumentNullException.ThrowIfNull(mine);
        ArgumentNullException.ThrowIfNull(theirs);

        // Line endings are not a change: the browser sends LF, a file may have CRLF (ContentWriter keeps the file's).
        var diff = ThreeWayDiffer.Instance.CreateDiffs(Normalize(baseText), Normalize(mine), Normalize(theirs),
            ignoreWhiteSpace: false, ignoreCase: false, LineChunker.Instance);
        var chunks = new List<MergeChunk>();
        foreach (var block in diff.DiffBlocks)
        {
            var baseLines = Slice(diff.PiecesBase, block.BaseStart, block.BaseCount);
            var mineLines = Slice(diff.PiecesOld, block.OldStart, block.OldCount);
            var theirLines = Slice(diff.PiecesNew, block.NewStart, block.NewCount);
            chunks.Add(block.ChangeType switch
            {
                ThreeWayChangeType.Unchanged => MergeChunk.Settled(baseLines),
                ThreeWayChangeType.OldOnly or ThreeWayChangeType.BothSame => MergeChunk.Settled(mineLines),
                ThreeWayChangeType.NewOnly => MergeChunk.Settled(theirLines),
                _ => MergeChunk.Conflict(baseLines, mineLines, theirLines),
            });
        }

        return new MergeResult(chunks);
    }

    private static string[] Slice(IReadOnlyList<string> pieces, int start, int count) => [.. pieces.Skip(start).Take(count)];

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
