namespace KnowledgeBase.Web.Services;

/// <summary>Tunables of the search page, bound from <c>KnowledgeBase:SearchUi</c>.</summary>
public sealed class SearchUiOptions
{
    public const string SectionName = "KnowledgeBase:SearchUi";

    /// <summary>
    /// How long typing must pause before a search runs. Short, because results should follow a
    /// keystroke within 100 ms; long enough that a fast typist does not send a search per letter.
    /// </summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>How many results the page shows.</summary>
    public int Results { get; set; } = 20;

    /// <summary>How often the page checks indexing progress while the index is being built.</summary>
    public TimeSpan IndexingPoll { get; set; } = TimeSpan.FromMilliseconds(300);
}
