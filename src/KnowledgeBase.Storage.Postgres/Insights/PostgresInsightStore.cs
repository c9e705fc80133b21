using KnowledgeBase.Storage.Insights;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Storage.Postgres.Insights;

/// <summary>
/// The insights log in PostgreSQL, written by every node. Counting is done by the database (GROUP BY);
/// ordering, ties and the per-day table as the LiteDB store does them, so both report alike. A cancelled
/// report stops before its query; a query once sent runs to its end. Thread-safe.
/// </summary>
public sealed class PostgresInsightStore(IDbContextFactory<KnowledgeBaseDbContext> contexts) : IInsightStore
{
    public void RecordSearch(SearchEvent search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var query = SearchEvent.Clean(search.Query);
        var normalised = QueryText.Normalise(query);
        var at = search.At.ToUniversalTime();
        using var context = contexts.CreateDbContext();
        context.Database.ExecuteSql($"""
            INSERT INTO insight_searches (id, at, user_id, query, normalised, language, result_count, opened_document_id)
            VALUES ({search.Id}, {at}, {search.UserId}, {query}, {normalised}, {search.Language}, {search.ResultCount}, {search.OpenedDocumentId})
            ON CONFLICT (id) DO UPDATE SET at = EXCLUDED.at, user_id = EXCLUDED.user_id, query = EXCLUDED.query, normalised = EXCLUDED.normalised,
              language = EXCLUDED.language, result_count = EXCLUDED.result_count, opened_document_id = EXCLUDED.opened_document_id
            """);
    }

    public bool RecordOpened(Guid searchId, string documentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        using var context = contexts.CreateDbContext();
        return context.Searches.Where(s => s.Id == searchId).ExecuteUpdate(set => set.SetProperty(s => s.OpenedDocumentId, documentId)) > 0;
    }

    public void RecordTemplateUse(TemplateUseEvent use)
    {
        ArgumentNullException.ThrowIfNull(use);
        using var context = contexts.CreateDbContext();
        context.TemplateUses.Add(new TemplateUseRow
        {
            At = use.At.ToUniversalTime(),
            UserId = use.UserId,
            TemplateId = use.TemplateId,
            Action = use.Action.ToString(),
            Channel = use.Channel,
        });
        context.SaveChanges();
    }

    public void RecordVote(ArticleVote vote, Guid? ballot = null)
    {
        ArgumentNullException.ThrowIfNull(vote);
        var comment = string.IsNullOrWhiteSpace(vote.Comment) ? null : vote.Comment.Trim();
        if (comment is { Length: > ArticleVote.MaxCommentLength })
        {
            comment = comment[..ArticleVote.MaxCommentLength];
        }

        var id = vote.UserId is null ? (ballot ?? Guid.NewGuid()).ToString("N") : VoteKey(vote.UserId, vote.DocumentId);
        var at = vote.At.ToUniversalTime();
        using var context = contexts.CreateDbContext();
        context.Database.ExecuteSql($"""
            INSERT INTO insight_votes (id, at, user_id, document_id, helpful, comment) VALUES ({id}, {at}, {vote.UserId}, {vote.DocumentId}, {vote.Helpful}, {comment})
            ON CONFLICT (id) DO UPDATE SET at = EXCLUDED.at, user_id = EXCLUDED.user_id, document_id = EXCLUDED.document_id, helpful = EXCLUDED.helpful, comment = EXCLUDED.comment
            """);
    }

    public ArticleVote? FindVote(string userId, string documentId)
    {
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentNullException.ThrowIfNull(documentId);
        var id = VoteKey(userId, documentId);
        using var context = contexts.CreateDbContext();
        return context.Votes.AsNoTracking().FirstOrDefault(v => v.Id == id) is { } row
            ? new ArticleVote(row.At, row.UserId, row.DocumentId, row.Helpful, row.Comment)
            : null;
    }

    public int DeleteSearchesBefore(DateTimeOffset cutoff)
    {
        var before = cutoff.ToUniversalTime();
        using var context = contexts.CreateDbContext();
        return context.Searches.Where(s => s.At < before).ExecuteDelete();
    }

    public IReadOnlyList<SearchEvent> Searches(InsightPeriod period, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var context = contexts.CreateDbContext();
        return [.. InPeriod(context.Searches, period).OrderBy(s => s.At).AsEnumerable()
            .Select(s => new SearchEvent(s.Id, s.At, s.UserId, s.Query, s.Language, s.ResultCount, s.OpenedDocumentId))];
    }

    public IReadOnlyList<QueryCount> TopSearches(InsightPeriod period, int limit, CancellationToken cancellationToken = default) =>
        Group(period, limit, SearchKind.All, cancellationToken);

    public IReadOnlyList<QueryCount> ZeroResultSearches(InsightPeriod period, int limit, CancellationToken cancellationToken = default) =>
        Group(period, limit, SearchKind.ZeroResults, cancellationToken);

    public IReadOnlyList<QueryCount> SearchesWithNothingOpened(InsightPeriod period, int limit, CancellationToken cancellationToken = default) =>
        Group(period, limit, SearchKind.NothingOpened, cancellationToken);

    public IReadOnlyList<TemplateUsage> MostUsedTemplates(InsightPeriod period, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return TemplateUsageRanking.MostUsed(TemplateUsages(period, cancellationToken), limit);
    }

    public IReadOnlyList<TemplateUsage> LeastUsedTemplates(InsightPeriod period, IEnumerable<string> currentTemplateIds, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(currentTemplateIds);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return TemplateUsageRanking.LeastUsed(TemplateUsages(period, cancellationToken), currentTemplateIds, limit);
    }

    public IReadOnlyList<ArticleVotes> MostNegativeArticles(InsightPeriod period, int limit, int commentsPerArticle = 3, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        cancellationToken.ThrowIfCancellationRequested();
        var (from, to) = Bounds(period);
        using var context = contexts.CreateDbContext();
        var votes = context.Votes.AsNoTracking().Where(v => v.At >= from && v.At < to).ToList();
        return [.. votes
            .GroupBy(r => r.DocumentId, StringComparer.Ordinal)
            .Select(g => new ArticleVotes(
                g.Key,
                g.Count(r => !r.Helpful),
                g.Count(r => r.Helpful),
                [.. g.Where(r => r.Comment is not null)
                    .OrderByDescending(r => r.At)
                    .Take(commentsPerArticle)
                    .Select(r => new VoteComment(r.At, r.Helpful, r.Comment!))]))
            .Where(a => a.Down > 0)
            .OrderByDescending(a => a.Down)
            .ThenBy(a => a.Up)
            .ThenBy(a => a.DocumentId, StringComparer.Ordinal)
            .Take(limit)];
    }

    public IReadOnlyList<DailyCount> SearchesPerDay(InsightPeriod period, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var context = contexts.CreateDbContext();
        return PerDay(context, period, cancellationToken);
    }

    public SearchSummary SummariseSearches(InsightPeriod period, int limit, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var context = contexts.CreateDbContext();
        return new SearchSummary(
            Group(context, period, limit, SearchKind.All),
            Group(context, period, limit, SearchKind.ZeroResults),
            Group(context, period, limit, SearchKind.NothingOpened),
            PerDay(context, period, cancellationToken));
    }

    internal static string VoteKey(string userId, string documentId) => $"{userId}\n{documentId}";

    private List<QueryCount> Group(InsightPeriod period, int limit, SearchKind kind, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var context = contexts.CreateDbContext();
        return Group(context, period, limit, kind);
    }

    private static List<QueryCount> Group(KnowledgeBaseDbContext context, InsightPeriod period, int limit, SearchKind kind)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var rows = InPeriod(context.Searches, period).Where(s => s.Normalised != "");
        rows = kind switch
        {
            SearchKind.ZeroResults => rows.Where(s => s.ResultCount == 0),
            SearchKind.NothingOpened => rows.Where(s => s.ResultCount > 0 && s.OpenedDocumentId == null),
            _ => rows,
        };

        // Counted by the database; ties ordered here, ordinally, whatever the database's collation.
        return [.. rows
            .GroupBy(s => s.Normalised)
            .Select(g => new { Query = g.Key, Count = g.Count(), Last = g.Max(s => s.At) })
            .AsEnumerable()
            .OrderByDescending(q => q.Count)
            .ThenByDescending(q => q.Last)
            .ThenBy(q => q.Query, StringComparer.Ordinal)
            .Take(limit)
            .Select(q => new QueryCount(q.Query, q.Count, q.Last))];
    }

    private static List<DailyCount> PerDay(KnowledgeBaseDbContext context, InsightPeriod period, CancellationToken cancellationToken)
    {
        var counts = InPeriod(context.Searches, period)
            .Select(s => new { s.At, Zero = s.ResultCount == 0 })
            .AsEnumerable()
            .GroupBy(s => DateOnly.FromDateTime(s.At.UtcDateTime))
            .ToDictionary(g => g.Key, g => (Searches: g.Count(), Zero: g.Count(s => s.Zero)));
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

    private Dictionary<string, TemplateUsage> TemplateUsages(InsightPeriod period, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (from, to) = Bounds(period);
        var copied = nameof(TemplateAction.Copied);
        var inserted = nameof(TemplateAction.Inserted);
        using var context = contexts.CreateDbContext();
        return context.TemplateUses.AsNoTracking()
            .Where(u => u.At >= from && u.At < to)
            .GroupBy(u => u.TemplateId)
            .Select(g => new
            {
                TemplateId = g.Key,
                Copied = g.Count(u => u.Action == copied),
                Inserted = g.Count(u => u.Action == inserted),
                Last = g.Max(u => u.At),
            })
            .AsEnumerable()
            .ToDictionary(u => u.TemplateId, u => new TemplateUsage(u.TemplateId, u.Copied, u.Inserted, u.Last), StringComparer.Ordinal);
    }

    private static IQueryable<SearchRow> InPeriod(DbSet<SearchRow> searches, InsightPeriod period)
    {
        var (from, to) = Bounds(period);
        return searches.AsNoTracking().Where(s => s.At >= from && s.At < to);
    }

    private static (DateTimeOffset From, DateTimeOffset To) Bounds(InsightPeriod period) => (period.From.ToUniversalTime(), period.To.ToUniversalTime());

    private enum SearchKind
    {
        All,
        ZeroResults,
        NothingOpened,
    }
}
