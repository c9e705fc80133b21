namespace KnowledgeBase.Web.Insights;

/// <summary>The tables of the dashboard, by the name their CSV export uses (<c>/insights/export/{name}.csv</c>).</summary>
public static class InsightTableNames
{
    public const string TopSearches = "top-searches";
    public const string ZeroResultSearches = "zero-result-searches";
    public const string NothingOpened = "nothing-opened";
    public const string MostUsedTemplates = "most-used-templates";
    public const string LeastUsedTemplates = "least-used-templates";
    public const string NegativeArticles = "negative-articles";
    public const string OverdueReviews = "overdue-reviews";

    public static IReadOnlyList<string> All { get; } =
        [TopSearches, ZeroResultSearches, NothingOpened, MostUsedTemplates, LeastUsedTemplates, NegativeArticles, OverdueReviews];
}
