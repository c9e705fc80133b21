using KnowledgeBase.Storage.Insights;

namespace KnowledgeBase.Storage.Export;

/// <summary>A vote with the key it is stored under (user and document, or the page view's ballot), so a copy replaces alike.</summary>
public sealed record StoredVote(string Key, ArticleVote Vote);
