namespace KnowledgeBase.Storage.Postgres.Insights;

/// <summary>A row of <c>insight_template_uses</c>.</summary>
internal sealed class TemplateUseRow
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string? UserId { get; set; }

    public string TemplateId { get; set; } = string.Empty;

    public string Action { get; set; } = string.Empty;

    public string? Channel { get; set; }
}
