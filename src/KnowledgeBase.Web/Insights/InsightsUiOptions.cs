namespace KnowledgeBase.Web.Insights;

/// <summary>How the web app records and shows insights (<c>KnowledgeBase:Insights</c>).</summary>
public sealed class InsightsUiOptions
{
    public const string SectionName = "KnowledgeBase:Insights";

    /// <summary>
    /// How long a query must stay unchanged to count as a search. Results follow every keystroke;
    /// a pause, an opened result or leaving the page is what makes a search worth logging.
    /// </summary>
    public TimeSpan SearchPause { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Rows per dashboard table (CSV exports are not cut).</summary>
    public int TableRows { get; set; } = 20;
}
