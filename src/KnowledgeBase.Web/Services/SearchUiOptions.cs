namespace KnowledgeBase.Web.Services;

/// <summary>
/// Tunables of the search page, bound from <c>KnowledgeBase:SearchUi</c>. There is no typing
/// debounce: every change is searched as soon as the previous search is done (see TypingCoalescer).
/// </summary>
public sealed class SearchUiOptions
{
    public const string SectionName = "KnowledgeBase:SearchUi";

    /// <summary>How many results the page shows.</summary>
    public int Results { get; set; } = 20;

    /// <summary>How often the page checks indexing progress while the index is being built.</summary>
    public TimeSpan IndexingPoll { get; set; } = TimeSpan.FromMilliseconds(300);
}
