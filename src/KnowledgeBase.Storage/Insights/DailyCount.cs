namespace KnowledgeBase.Storage.Insights;

/// <summary>Searches on one UTC day, and how many of them found nothing.</summary>
public sealed record DailyCount(DateOnly Day, int Searches, int ZeroResults);
