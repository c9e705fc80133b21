namespace KnowledgeBase.Content.Authoring.Merging;

/// <summary>The outcome of <see cref="TextMerge.Merge"/>: the text in chunks, settled or in conflict.</summary>
public sealed record MergeResult(IReadOnlyList<MergeChunk> Chunks)
{
    /// <summary>Every change merged without a conflict.</summary>
    public bool IsClean => Chunks.All(c => !c.IsConflict);

    public int ConflictCount => Chunks.Count(c => c.IsConflict);

    /// <summary>The merged text, each conflict resolved with the editor's lines (<paramref name="mine"/>) or the disk's.</summary>
    public string Text(bool mine = true) =>
        string.Join('\n', Chunks.SelectMany(c => c.IsConflict ? (mine ? c.Mine : c.Theirs) : c.Lines));
}
