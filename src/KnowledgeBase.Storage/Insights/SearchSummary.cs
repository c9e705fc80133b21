namespace KnowledgeBase.Storage.Insights;

/// <summary>The search reports of a period, read together (<see cref="InsightStore.SummariseSearches"/>).</summary>
public sealed record SearchSummary(
    IReadOnlyList<QueryCount> Top,
    IReadOnlyList<QueryCount> ZeroResults,
    IReadOnlyList<QueryCount> NothingOpened,
    IReadOnlyList<DailyCount> PerDay);
