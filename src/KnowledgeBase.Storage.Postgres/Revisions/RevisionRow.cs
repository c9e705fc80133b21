namespace KnowledgeBase.Storage.Postgres.Revisions;

/// <summary>A row of <c>revisions</c>: one saved state of a document, its full text included.</summary>
internal sealed class RevisionRow
{
    public long Id { get; set; }

    public string DocumentId { get; set; } = string.Empty;

    public string RelativePath { get; set; } = string.Empty;

    public string Action { get; set; } = string.Empty;

    public string AuthorId { get; set; } = string.Empty;

    public string AuthorName { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }

    public string Text { get; set; } = string.Empty;

    public string Note { get; set; } = string.Empty;
}
