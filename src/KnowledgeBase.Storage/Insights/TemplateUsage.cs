namespace KnowledgeBase.Storage.Insights;

/// <summary>How often a template was used in the period; <see cref="LastUsed"/> is null when never.</summary>
public sealed record TemplateUsage(string TemplateId, int Copied, int Inserted, DateTimeOffset? LastUsed)
{
    public int Total => Copied + Inserted;
}
