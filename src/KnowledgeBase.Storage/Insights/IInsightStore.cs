namespace KnowledgeBase.Storage.Insights;

/// <summary>
/// The insights log: searches, template use and article votes, and the aggregations the team lead's
/// dashboard shows over a period. Thread-safe.
/// </summary>
public interface IInsightStore
{
    /// <summary>Stores a search (query cleaned: trimmed and capped); the same id again replaces it.</summary>
    void RecordSearch(SearchEvent search);

    /// <summary>Notes that a result of an earlier search was opened; false when that search is gone.</summary>
    bool RecordOpened(Guid searchId, string documentId);

    void RecordTemplateUse(TemplateUseEvent use);

    /// <summary>
    /// Stores a vote; a user's new vote on a document replaces their earlier one. Without a user,
    /// the same <paramref name="ballot"/> (one page view) replaces its earlier vote too.
    /// </summary>
    void RecordVote(ArticleVote vote, Guid? ballot = null);

    /// <summary>The user's current vote on a document, if any.</summary>
    ArticleVote? FindVote(string userId, string documentId);

    /// <summary>Deletes search events before <paramref name="cutoff"/>; returns how many.</summary>
    int DeleteSearchesBefore(DateTimeOffset cutoff);

    /// <summary>Every search in the period, oldest first.</summary>
    IReadOnlyList<SearchEvent> Searches(InsightPeriod period, CancellationToken cancellationToken = default);

    /// <summary>The most frequent queries (normalised), most frequent first.</summary>
    IReadOnlyList<QueryCount> TopSearches(InsightPeriod period, int limit, CancellationToken cancellationToken = default);

    /// <summary>Queries that found nothing: the content gaps.</summary>
    IReadOnlyList<QueryCount> ZeroResultSearches(InsightPeriod period, int limit, CancellationToken cancellationToken = default);

    /// <summary>Queries that found something, yet no result was opened from them.</summary>
    IReadOnlyList<QueryCount> SearchesWithNothingOpened(InsightPeriod period, int limit, CancellationToken cancellationToken = default);

    /// <summary>Templates used most in the period, most used first.</summary>
    IReadOnlyList<TemplateUsage> MostUsedTemplates(InsightPeriod period, int limit, CancellationToken cancellationToken = default);

    /// <summary>The current templates used least in the period, never-used ones first.</summary>
    IReadOnlyList<TemplateUsage> LeastUsedTemplates(InsightPeriod period, IEnumerable<string> currentTemplateIds, int limit, CancellationToken cancellationToken = default);

    /// <summary>Articles with thumbs-down votes in the period, most first, with their latest comments.</summary>
    IReadOnlyList<ArticleVotes> MostNegativeArticles(InsightPeriod period, int limit, int commentsPerArticle = 3, CancellationToken cancellationToken = default);

    /// <summary>Searches and zero-result searches per UTC day of the period, days without any included.</summary>
    IReadOnlyList<DailyCount> SearchesPerDay(InsightPeriod period, CancellationToken cancellationToken = default);

    /// <summary>Every search report of the dashboard from one read of the period's searches.</summary>
    SearchSummary SummariseSearches(InsightPeriod period, int limit, CancellationToken cancellationToken = default);
}
