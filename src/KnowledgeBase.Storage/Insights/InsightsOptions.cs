namespace KnowledgeBase.Storage.Insights;

/// <summary>Settings of the insights log (<c>KnowledgeBase:Insights</c>).</summary>
public sealed class InsightsOptions
{
    public const string SectionName = "KnowledgeBase:Insights";

    /// <summary>Search events older than this many days are deleted (daily and at start).</summary>
    public int SearchLogRetentionDays { get; set; } = 90;
}
