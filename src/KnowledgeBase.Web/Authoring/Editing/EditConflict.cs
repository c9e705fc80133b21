using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Authoring.Merging;
using KnowledgeBase.Application.Authoring;

namespace KnowledgeBase.Web.Authoring.Editing;

/// <summary>
/// A save that met a newer version on disk and could not be merged by itself: what is on disk
/// (<see cref="SaveResult.Current"/>, null when deleted), who made it and when, and the merge with
/// the lines both sides changed.
/// </summary>
/// <param name="Merge">Null when the file was deleted (nothing to merge with).</param>
/// <param name="Origin">Null when the file was deleted.</param>
public sealed record EditConflict(SaveResult Result, MergeResult? Merge, ChangeOrigin? Origin)
{
    public StoredText? Current => Result.Current;

    /// <summary>What "Overwrite with mine" writes: their changes to other lines kept, mine where both changed.</summary>
    public string MineWhereConflicting(string composed) => Merge?.Text(mine: true) ?? composed;

    /// <summary>What "Use theirs where we conflict" writes: my changes to other lines kept, theirs where both changed.</summary>
    public string TheirsWhereConflicting(string composed) => Merge?.Text(mine: false) ?? composed;
}
