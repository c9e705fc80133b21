namespace KnowledgeBase.Content.Validation;

/// <summary>All findings for a content folder, ordered by file and line.</summary>
public sealed record ValidationReport(IReadOnlyList<Finding> Findings)
{
    public int ErrorCount => Findings.Count(f => f.Severity == FindingSeverity.Error);

    public int WarningCount => Findings.Count(f => f.Severity == FindingSeverity.Warning);

    public bool HasErrors => ErrorCount > 0;
}
