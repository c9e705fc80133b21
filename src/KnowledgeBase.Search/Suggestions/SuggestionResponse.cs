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

    /// <summary>The language the message was read in and suggestions come from; null when it could not be told (all languages).</summary>
    public string? Language { get; init; }

    /// <summary>True when <see cref="Language"/> was detected from the message rather than asked for.</summary>
    public bool LanguageDetected { get; init; }

    /// <summary>When no template in <see cref="Language"/> answers the message: the languages that have some.</summary>
    public IReadOnlyList<string> OtherLanguages { get; init; } = [];
}
