using KnowledgeBase.Search.Querying;

namespace KnowledgeBase.Search.Suggestions;

/// <summary>The best reply templates for a message, and the SOP sections that explain what to do.</summary>
public sealed record SuggestionResponse(
    string Message,
    IReadOnlyList<SearchHit> Templates,
    IReadOnlyList<SearchHit> Sections,
    double TookMs)
{
    public static SuggestionResponse Empty(string message) => new(message, [], [], 0);
}
