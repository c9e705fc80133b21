using LiteDB;

namespace KnowledgeBase.Storage.Insights;

/// <summary>
/// The insights log in the app's database: searches, template use and article votes, and the
/// aggregations the team lead's dashboard shows over a period. Thread-safe (LiteDB is).
/// </summary>
public sealed class InsightStore : IInsightStore
{
    private const string SearchesName = "insight_searches";
    private const string TemplateUsesName = "insight_template_uses";
    private const string VotesName = "insight_votes";

    // Reports check for cancellation every this many records read: a client that went away stops the read.
    private const int CancellationStride = 256;

    private readonly KnowledgeBaseDatabase _database;

    public InsightStore(KnowledgeBaseDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;

        // Every report is a range over time; the retention sweep deletes by time too.
        Searches(searches => searches.EnsureIndex(r => r.At));
        TemplateUses(uses => uses.EnsureIndex(r => r.At));
        Votes(votes => votes.EnsureIndex(r => r.At));
        Votes(votes => votes.EnsureIndex(r => r.DocumentId));
    }

    /// <summary>Stores a search (query cleaned: trimmed and capped).</summary>
    public void RecordSearch(SearchEvent search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var query = SearchEvent.Clean(search.Query);
        var record = new SearchRecord
        {
            Id = search.Id,
            At = search.At.UtcDateTime,
            UserId = search.UserId,
            Query = query,
            Normalised = QueryText.Normalise(query),
            Language = search.Language,
            ResultCount = search.ResultCount,
            OpenedDocumentId = search.OpenedDocumentId,
        };
        Searches(searches => searches.Upsert(record));
    }

    /// <summary>Notes that a result of an earlier search was opened; false when that search is gone.</summary>
    public bool RecordOpened(Guid searchId, string documentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        return Searches(searches =>
        {
            var record = searches.FindById(searchId);
            if (record is null)
            {
                return false;
            }

            record.OpenedDocumentId = documentId;
            return searches.Update(record);
        });
    }

    public void RecordTemplateUse(TemplateUseEvent use)
    {
        ArgumentNullException.ThrowIfNull(use);
        var record = new TemplateUseRecord
        {
            At = use.At.UtcDateTime,
            UserId = use.UserId,
            TemplateId = use.TemplateId,
            Action = use.Action,
            Channel = use.Channel,
        };
        TemplateUses(uses => uses.Insert(record));
    }

    /// <summary>
    /// Stores a vote; a user's new vote on a document replaces their earlier one. Without a user,
    /// the same <paramref name="ballot"/> (one page view) replaces its earlier vote too.
    /// </summary>
    public void RecordVote(ArticleVote vote, Guid? ballot = null)
    {
        ArgumentNullException.ThrowIfNull(vote);
        var comment = string.IsNullOrWhiteSpace(vote.Comment) ? null : vote.Comment.Trim();
        if (comment is { Length: > ArticleVote.MaxCommentLength })
        {
            comment = comment[..ArticleVote.MaxCommentLength];
        }

        var record = new VoteRecord
        {
            Id = vote.UserId is null ? (ballot ?? Guid.NewGuid()).ToString("N") : $"{vote.UserId}\n{vote.DocumentId}",
            At = vote.At.UtcDateTime,
            UserId = vote.UserId,
            DocumentId = vote.DocumentId,
            Helpful = vote.Helpful,
            Comment = comment,
        };
        Votes(votes => votes.Upsert(record));
    }

    /// <summary>The user's current vote on a document, if any.</summary>
    public ArticleVote? FindVote(string userId, string documentId)
    {
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentNullException.ThrowIfNull(documentId);
        var record = Votes(votes => votes.FindById($"{userId}\n{documentId}"));
        return record is null ? null : new ArticleVote(Utc(record.At), record.UserId, record.DocumentId, record.Helpful, record.Comment);
    }

    /// <summary>Deletes search events before <paramref name="cutoff"/>; returns how many.</summary>
    public int DeleteSearchesBefore(DateTimeOffset cutoff)
    {
        var before = cutoff.UtcDateTime;
        return Searches(searches => searches.DeleteMany(r => r.At < before));
    }

    /// <summary>Every search in the period, oldest first.</summary>
    public IReadOnlyList<SearchEvent> Searches(InsightPeriod period, CancellationToken cancellationToken = default) =>
        [.. SearchRecords(period, cancellationToken).OrderBy(r => r.At).Select(r => new SearchEvent(r.Id, Utc(r.At), r.UserId, r.Query, r.Language, r.ResultCount, r.OpenedDocumentId))];

    /// <summary>The most frequent queries (normalised), most frequent first.</summary>
    public IReadOnlyList<QueryCount> TopSearches(InsightPeriod period, int limit, CancellationToken cancellationToken = default) =>
        Group(SearchRecords(period, cancellationToken), limit);

    /// <summary>Queries that found nothing: the content gaps.</summary>
    public IReadOnlyList<QueryCount> ZeroResultSearches(InsightPeriod period, int limit, CancellationToken cancellationToken = default) =>
        Group(SearchRecords(period, cancellationToken).Where(r => r.ResultCount == 0), limit);

    /// <summary>Queries that found something, yet no result was opened from them.</summary>
    public IReadOnlyList<QueryCount> SearchesWithNothingOpened(InsightPeriod period, int limit, CancellationToken cancellationToken = default) =>
        Group(SearchRecords(period, cancellationToken).Where(r => r.ResultCount > 0 && r.OpenedDocumentId is null), limit);

    /// <summary>Templates used most in the period, most used first.</summary>
    public IReadOnlyList<TemplateUsage> MostUsedTemplates(InsightPeriod period, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return TemplateUsageRanking.MostUsed(TemplateUsages(period, cancellationToken), limit);
    }

    /// <summary>
    /// The current templates used least in the period, never-used ones first: candidates to
    /// improve or retire. Templates no longer in the library are left out.
    /// </summary>
    public IReadOnlyList<TemplateUsage> LeastUsedTemplates(InsightPeriod period, IEnumerable<string> currentTemplateIds, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(currentTemplateIds);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return TemplateUsageRanking.LeastUsed(TemplateUsages(period, cancellationToken), currentTemplateIds, limit);
    }

    /// <summary>Articles with thumbs-down votes in the period, most first, with their latest comments.</summary>
    public IReadOnlyList<ArticleVotes> MostNegativeArticles(InsightPeriod period, int limit, int commentsPerArticle = 3, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var from = period.From.UtcDateTime;
        var to = period.To.UtcDateTime;
        return [.. Votes(votes => Read(votes.Find(r => r.At >= from && r.At < to), cancellationToken))
            .GroupBy(r => r.DocumentId, StringComparer.Ordinal)
            .Select(g => new ArticleVotes(
                g.Key,
                g.Count(r => !r.Helpful),
                g.Count(r => r.Helpful),
                [.. g.Where(r => r.Comment is not null)
                    .OrderByDescending(r => r.At)
                    .Take(commentsPerArticle)
                    .Select(r => new VoteComment(Utc(r.At), r.Helpful, r.Comment!))]))
            .Where(a => a.Down > 0)
            .OrderByDescending(a => a.Down)
            .ThenBy(a => a.Up)
            .ThenBy(a => a.DocumentId, StringComparer.Ordinal)
            .Take(limit)];
    }

    /// <summary>Searches and zero-result searches per UTC day of the period, days without any included.</summary>
    public IReadOnlyList<DailyCount> SearchesPerDay(InsightPeriod period, CancellationToken cancellationToken = default) =>
        PerDay(SearchRecords(period, cancellationToken), period, cancellationToken);

    /// <summary>
    /// Every search report of the dashboard from one read of the period's searches: a 90-day log
    /// is read once, not once per table.
    /// </summary>
    public SearchSummary SummariseSearches(InsightPeriod period, int limit, CancellationToken cancellationToken = default)
    {
        var records = SearchRecords(period, cancellationToken);
        return new SearchSummary(
            Group(records, limit),
            Group(records.Where(r => r.ResultCount == 0), limit),
            Group(records.Where(r => r.ResultCount > 0 && r.OpenedDocumentId is null), limit),
            PerDay(records, period, cancellationToken));
    }

    private static List<DailyCount> PerDay(IEnumerable<SearchRecord> records, InsightPeriod period, CancellationToken cancellationToken)
    {
        var counts = records
            .GroupBy(r => DateOnly.FromDateTime(r.At.ToUniversalTime()))
            .ToDictionary(g => g.Key, g => (Searches: g.Count(), Zero: g.Count(r => r.ResultCount == 0)));
        var first = DateOnly.FromDateTime(period.From.UtcDateTime);
        var days = new List<DailyCount>();
        for (var day = first; day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) < period.To.UtcDateTime; day = day.AddDays(1))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (searches, zero) = counts.GetValueOrDefault(day);
            days.Add(new DailyCount(day, searches, zero));
        }

        return days;
    }

    private List<SearchRecord> SearchRecords(InsightPeriod period, CancellationToken cancellationToken)
    {
        var from = period.From.UtcDateTime;
        var to = period.To.UtcDateTime;
        return Searches(searches => Read(searches.Find(r => r.At >= from && r.At < to), cancellationToken));
    }

    private Dictionary<string, TemplateUsage> TemplateUsages(InsightPeriod period, CancellationToken cancellationToken)
    {
        var from = period.From.UtcDateTime;
        var to = period.To.UtcDateTime;
        return TemplateUses(uses => Read(uses.Find(r => r.At >= from && r.At < to), cancellationToken))
            .GroupBy(r => r.TemplateId, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => new TemplateUsage(g.Key, g.Count(r => r.Action == TemplateAction.Copied), g.Count(r => r.Action == TemplateAction.Inserted), Utc(g.Max(r => r.At))),
                StringComparer.Ordinal);
    }

    // Materialised inside the database call (see KnowledgeBaseDatabase.Use), checking for a client that went away.
    private static List<T> Read<T>(IEnumerable<T> records, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var list = new List<T>();
        foreach (var record in records)
        {
            if (list.Count % CancellationStride == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            list.Add(record);
        }

        return list;
    }

    private T Searches<T>(Func<ILiteCollection<SearchRecord>, T> call) => _database.Use(database => call(database.GetCollection<SearchRecord>(SearchesName)));

    private T TemplateUses<T>(Func<ILiteCollection<TemplateUseRecord>, T> call) => _database.Use(database => call(database.GetCollection<TemplateUseRecord>(TemplateUsesName)));

    private T Votes<T>(Func<ILiteCollection<VoteRecord>, T> call) => _database.Use(database => call(database.GetCollection<VoteRecord>(VotesName)));

    private static List<QueryCount> Group(IEnumerable<SearchRecord> records, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return [.. records
            .Where(r => r.Normalised.Length > 0)
            .GroupBy(r => r.Normalised, StringComparer.Ordinal)
            .Select(g => new QueryCount(g.Key, g.Count(), Utc(g.Max(r => r.At))))
            .OrderByDescending(q => q.Count)
            .ThenByDescending(q => q.LastSeen)
            .ThenBy(q => q.Query, StringComparer.Ordinal)
            .Take(limit)];
    }

    // LiteDB hands dates back in local time; the log speaks UTC.
    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value.ToUniversalTime(), DateTimeKind.Utc));
}
