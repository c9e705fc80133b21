namespace KnowledgeBase.Content.Authoring.Git;

/// <summary>What happened in git after a change: committed (<see cref="Sha"/>), or why not (<see cref="Problem"/>).</summary>
public sealed record GitCommitOutcome(string? Sha, string? Problem)
{
    public bool IsCommitted => Sha is not null;

    public string ShortSha => Sha is null ? "" : Sha[..Math.Min(7, Sha.Length)];
}
