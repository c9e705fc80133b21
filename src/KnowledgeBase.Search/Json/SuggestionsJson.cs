using KnowledgeBase.Search.Suggestions;

namespace KnowledgeBase.Search.Json;

/// <summary>
/// Suggestions for a customer's message as <c>kb suggest --json</c> prints them and
/// <c>POST /api/v1/suggest</c> returns them: templates first, then SOP sections, one ranked list.
/// </summary>
/// <param name="Lang">The language the message was read in and suggestions come from; null when it could not be told.</param>
/// <param name="LanguageDetected">True when <paramref name="Lang"/> was detected from the message rather than asked for.</param>
/// <param name="OtherLanguages">When no template in <paramref name="Lang"/> answers: the languages that have some.</param>
public sealed record SuggestionsJson(
    double TookMs,
    string? Lang,
    bool LanguageDetected,
    IReadOnlyList<string> OtherLanguages,
    IReadOnlyList<SearchHitJson> Results)
{
    public static SuggestionsJson From(SuggestionResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new SuggestionsJson(
            Math.Round(response.TookMs, 3),
            response.Language,
            response.LanguageDetected,
            response.OtherLanguages,
            [.. response.Templates.Concat(response.Sections).Select(hit => SearchHitJson.From(hit, withSnippet: false))]);
    }
}
