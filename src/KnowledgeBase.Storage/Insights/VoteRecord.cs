namespace KnowledgeBase.Storage.Insights;

/// <summary>
/// How an <see cref="ArticleVote"/> is stored. A signed-in agent's vote is keyed by user and
/// document, so voting again replaces it; without a user every vote is its own record.
/// </summary>
internal sealed class VoteRecord
{
    public string Id { get; set; } = string.Empty;

    public DateTime At { get; set; }

    public string? UserId { get; set; }

    public string DocumentId { get; set; } = string.Empty;

    public bool Helpful { get; set; }

    public string? Comment { get; set; }
}
