namespace KnowledgeBase.Storage.Insights;

/// <summary>How a <see cref="SearchEvent"/> is stored; <see cref="Normalised"/> is kept for grouping.</summary>
internal sealed class SearchRecord
{
    public Guid Id { get; set; }

    public DateTime At { get; set; }

    public string? UserId { get; set; }

    public string Query { get; set; } = string.Empty;

    public string Normalised { get; set; } = string.Empty;

    public string? Language { get; set; }

    public int ResultCount { get; set; }

    public string? OpenedDocumentId { get; set; }
}
