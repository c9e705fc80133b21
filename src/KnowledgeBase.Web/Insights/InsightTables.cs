using System.Globalization;
using KnowledgeBase.Content.Library;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Storage.Insights;
using KnowledgeBase.Web.Services;

namespace KnowledgeBase.Web.Insights;

/// <summary>Builds the dashboard's tables from the insights log and the current content.</summary>
public sealed class InsightTables(IInsightStore store, ContentLibrary library, TimeProvider time)
{
    /// <summary>Every table, <paramref name="limit"/> rows each, and the searches per day, from one read of the search log.</summary>
    public InsightReport Report(InsightPeriod period, int limit, CancellationToken cancellationToken = default)
    {
        var searches = store.SummariseSearches(period, limit, cancellationToken);
        return new InsightReport([.. InsightTableNames.All.Select(name => Build(name, period, limit, searches, cancellationToken)!)], searches.PerDay);
    }

    /// <summary>The table of that name (all rows unless limited), or null for an unknown name.</summary>
    public InsightTable? Build(string name, InsightPeriod period, int limit = int.MaxValue, CancellationToken cancellationToken = default) =>
        Build(name, period, limit, searches: null, cancellationToken);

    private InsightTable? Build(string name, InsightPeriod period, int limit, SearchSummary? searches, CancellationToken cancellationToken)
    {
        var content = library.Current;
        return name switch
        {
            InsightTableNames.TopSearches => Queries(name, "Top searches", "What agents look for most.", searches?.Top ?? store.TopSearches(period, limit, cancellationToken)),
            InsightTableNames.ZeroResultSearches => Queries(name, "Searches with no results", "Content gaps: nothing matched these queries.",
                searches?.ZeroResults ?? store.ZeroResultSearches(period, limit, cancellationToken)),
            InsightTableNames.NothingOpened => Queries(name, "Searches where nothing was opened", "Results were shown but none looked right.",
                searches?.NothingOpened ?? store.SearchesWithNothingOpened(period, limit, cancellationToken)),
            InsightTableNames.MostUsedTemplates => Templates(name, "Most used templates", "Copied or inserted into a reply.", store.MostUsedTemplates(period, limit, cancellationToken), content),
            InsightTableNames.LeastUsedTemplates => Templates(name, "Least used templates", "Never-used templates first: improve them or retire them.",
                store.LeastUsedTemplates(period, content.Templates.Select(t => t.Id), limit, cancellationToken), content),
            InsightTableNames.NegativeArticles => NegativeArticles(name, store.MostNegativeArticles(period, limit, cancellationToken: cancellationToken), content),
            InsightTableNames.OverdueReviews => OverdueReviews(name, content, limit),
            _ => null,
        };
    }

    private static InsightTable Queries(string name, string title, string description, IReadOnlyList<QueryCount> counts) =>
        new(name, title, description, ["Query", "Searches", "Last seen (UTC)"],
            [.. counts.Select(q => new InsightRow([q.Query, Number(q.Count), Stamp(q.LastSeen)], SearchHref(q.Query)))]);

    private static InsightTable Templates(string name, string title, string description, IReadOnlyList<TemplateUsage> usages, ContentSet content) =>
        new(name, title, description, ["Template", "Id", "Copied", "Inserted", "Total", "Last used (UTC)"],
            [.. usages.Select(u =>
            {
                var template = content.Find(u.TemplateId);
                return new InsightRow(
                    [template?.Title ?? u.TemplateId, u.TemplateId, Number(u.Copied), Number(u.Inserted), Number(u.Total), u.LastUsed is { } last ? Stamp(last) : "never"],
                    template is null ? null : DocumentUrls.For(template));
            })]);

    private static InsightTable NegativeArticles(string name, IReadOnlyList<ArticleVotes> votes, ContentSet content) =>
        new(name, "Articles with the most negative votes", "“Was this helpful?” answered no; latest comments first.",
            ["Article", "Id", "Not helpful", "Helpful", "Recent comments"],
            [.. votes.Select(v =>
            {
                var article = content.Find(v.DocumentId);
                return new InsightRow(
                    [article?.Title ?? v.DocumentId, v.DocumentId, Number(v.Down), Number(v.Up),
                        string.Join("\n", v.RecentComments.Select(c => $"{Stamp(c.At)} ({(c.Helpful ? "helpful" : "not helpful")}): {c.Comment}"))],
                    article is null ? null : DocumentUrls.For(article));
            })]);

    // The same test as the validator's review-overdue rule (Article.IsReviewOverdue), on today's date.
    private InsightTable OverdueReviews(string name, ContentSet content, int limit)
    {
        var today = DateOnly.FromDateTime(time.GetLocalNow().Date);
        return new(name, "Overdue reviews", "SOPs whose last review plus their review interval is past.",
            ["Article", "Id", "Owner", "Reviewed", "Due", "Days overdue"],
            [.. content.Articles
                .Where(a => a.IsReviewOverdue(today))
                .OrderBy(a => a.ReviewDue)
                .ThenBy(a => a.Id, StringComparer.Ordinal)
                .Take(limit)
                .Select(a => new InsightRow(
                    [a.Title, a.Id, a.Owner ?? string.Empty, Date(a.Reviewed), Date(a.ReviewDue), Number(today.DayNumber - a.ReviewDue!.Value.DayNumber)],
                    DocumentUrls.For(a)))]);
    }

    private static string SearchHref(string query) => "/?q=" + Uri.EscapeDataString(query);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Stamp(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
