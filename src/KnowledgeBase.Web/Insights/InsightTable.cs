namespace KnowledgeBase.Web.Insights;

/// <summary>
/// A dashboard table as text cells: the page renders it and the CSV export writes it, so both
/// always show the same thing.
/// </summary>
public sealed record InsightTable(string Name, string Title, string Description, IReadOnlyList<string> Columns, IReadOnlyList<InsightRow> Rows);
