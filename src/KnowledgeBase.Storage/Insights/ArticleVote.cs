namespace KnowledgeBase.Storage.Insights;

/// <summary>"Was this helpful?" on an article: thumbs up or down, with an optional comment.</summary>
public sealed record ArticleVote(DateTimeOffset At, string? UserId, string DocumentId, bool Helpful, string? Comment)
{
    /// <summary>Longer comments are cut to this many characters.</summary>
    public const int MaxCommentLength = 1000;
}
