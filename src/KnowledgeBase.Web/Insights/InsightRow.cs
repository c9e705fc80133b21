namespace KnowledgeBase.Web.Insights;

/// <summary>One row of an insights table; <see cref="Href"/> links its first cell on the page.</summary>
public sealed record InsightRow(IReadOnlyList<string> Cells, string? Href = null);
