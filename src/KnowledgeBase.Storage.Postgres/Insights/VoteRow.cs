namespace KnowledgeBase.Storage.Postgres.Insights;

/// <summary>
/// A row of <c>insight_votes</c>, keyed as LiteDB's store keys it: user and document for a signed-in
/// agent (voting again replaces the vote), else the page view's ballot.
/// </summary>
internal sealed class VoteRow
{
    public string Id { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }

    public string? UserId { get; set; }

    public string DocumentId { get; set; } = string.Empty;

    public bool Helpful { get; set; }

    public string? Comment { get; set; }
}
