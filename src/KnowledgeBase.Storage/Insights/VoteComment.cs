namespace KnowledgeBase.Storage.Insights;

/// <summary>A comment left with a vote.</summary>
public sealed record VoteComment(DateTimeOffset At, bool Helpful, string Comment);
