namespace KnowledgeBase.Web.Audit;

/// <summary>The audit page (<c>KnowledgeBase:Audit</c>).</summary>
public sealed class AuditUiOptions
{
    public const string SectionName = "KnowledgeBase:Audit";

    /// <summary>Entries the page shows, newest first; the CSV export has all that match.</summary>
    public int PageRows { get; set; } = 200;
}
