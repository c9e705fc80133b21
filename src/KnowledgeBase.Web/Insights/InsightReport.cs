using KnowledgeBase.Storage.Insights;

namespace KnowledgeBase.Web.Insights;

/// <summary>What the dashboard shows for a period: its tables and the searches per day.</summary>
public sealed record InsightReport(IReadOnlyList<InsightTable> Tables, IReadOnlyList<DailyCount> SearchesPerDay);
