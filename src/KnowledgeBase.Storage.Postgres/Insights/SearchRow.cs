namespace KnowledgeBase.Storage.Postgres.Insights;

/// <summary>A row of <c>insight_searches</c>; <see cref="Normalised"/> is kept for grouping.</summary>
internal sealed class SearchRow
{
    public Guid Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string? UserId { get; set; }

    public string Query { get; set; } = string.Empty;

    public string Normalised { get; set; } = string.Empty;

    public string? Language { get; set; }

    public int ResultCount { get; set; }

    public string? OpenedDocumentId { get; set; }
}
