namespace KnowledgeBase.Storage.Insights;

/// <summary>An article's votes in the period, with its most recent comments first.</summary>
public sealed record ArticleVotes(string DocumentId, int Down, int Up, IReadOnlyList<VoteComment> RecentComments);
