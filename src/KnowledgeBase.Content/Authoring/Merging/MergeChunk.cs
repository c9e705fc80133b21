namespace KnowledgeBase.Content.Authoring.Merging;

/// <summary>
/// A run of lines in a three-way merge: settled (<see cref="Lines"/> is the result) or a conflict,
/// where both sides changed the same base lines differently.
/// </summary>
/// <param name="IsConflict">Both sides changed these lines, differently.</param>
/// <param name="Lines">Settled: the merged lines. Conflict: empty.</param>
/// <param name="Base">Conflict: the lines both sides started from.</param>
/// <param name="Mine">Conflict: the lines as the editor has them.</param>
/// <param name="Theirs">Conflict: the lines as they are on disk now.</param>
public sealed record MergeChunk(bool IsConflict, IReadOnlyList<string> Lines, IReadOnlyList<string> Base, IReadOnlyList<string> Mine, IReadOnlyList<string> Theirs)
{
    public static MergeChunk Settled(IReadOnlyList<string> lines) => new(false, lines, [], [], []);

    public static MergeChunk Conflict(IReadOnlyList<string> baseLines, IReadOnlyList<string> mine, IReadOnlyList<string> theirs) =>
        new(true, [], baseLines, mine, theirs);
}
