namespace KnowledgeBase.TestSupport.Hostile;

/// <summary>What a measured piece of work returned, how long it took and what its thread allocated.</summary>
public sealed record Measured<T>(T Result, TimeSpan Elapsed, long AllocatedBytes);
