namespace KnowledgeBase.Storage.Insights;

/// <summary>A normalised query, how often it was searched in the period and when last.</summary>
public sealed record QueryCount(string Query, int Count, DateTimeOffset LastSeen);
