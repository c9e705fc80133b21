namespace KnowledgeBase.Storage.Postgres.Onboarding;

/// <summary>A row of <c>onboarding_minor_edits</c>: the document's text with <see cref="ToHash"/> is a minor edit of <see cref="FromHash"/>.</summary>
internal sealed class MinorEditRow
{
    public string DocumentId { get; set; } = string.Empty;

    public string ToHash { get; set; } = string.Empty;

    public string FromHash { get; set; } = string.Empty;
}
