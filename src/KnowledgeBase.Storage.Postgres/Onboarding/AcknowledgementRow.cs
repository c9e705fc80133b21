namespace KnowledgeBase.Storage.Postgres.Onboarding;

/// <summary>A row of <c>onboarding_acknowledgements</c>: the latest per user and SOP.</summary>
internal sealed class AcknowledgementRow
{
    public int UserId { get; set; }

    public string DocumentId { get; set; } = string.Empty;

    public string ContentHash { get; set; } = string.Empty;

    public string Snapshot { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }
}
