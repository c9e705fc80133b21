using KnowledgeBase.Content.Model;
using KnowledgeBase.Search.Analysis;

namespace KnowledgeBase.Search.Querying;

/// <summary>
/// Cheap signals in the query text itself: which language it is probably written in (its stop
/// words and letters), and whether the agent asks for a reply template or an SOP ("… reply").
/// Both only nudge ranking; they never filter.
/// </summary>
internal static class QueryHints
{
    private static readonly Dictionary<string, string> DistinctiveLetters = new(StringComparer.Ordinal)
    {
        ["cs"] = "ěřůťďň",
        ["lv"] = "āēīūķļņģ",
        ["fr"] = "èêàâçôûëïœù",
    };

    private static readonly HashSet<string> TemplateWords = new(StringComparer.Ordinal)
    {
        "template", "templates", "reply", "replies", "response", "macro", "canned",
        "sablona", "sablonu", "odpoved", "veidne", "veidni", "atbilde", "modele", "reponse", "шаблон", "ответ",
    };

    private static readonly HashSet<string> ArticleWords = new(StringComparer.Ordinal)
    {
        "sop", "procedure", "process", "postup", "procedura", "process", "процедура", "инструкция", "регламент",
    };

    /// <summary>The one language the text most likely is, or null when unclear (no signal, or a tie).</summary>
    public static string? GuessLanguage(string input, List<AnalyzedToken> words, IReadOnlyList<string> languages, IndexAnalysis analysis)
    {
        if (languages.Count < 2)
        {
            return null;
        }

        var scores = languages.ToDictionary(l => l, _ => 0, StringComparer.Ordinal);
        foreach (var language in languages)
        {
            scores[language] += words.Count(w => analysis.IsStopWord(w.Term, [language]));
            if (DistinctiveLetters.TryGetValue(language, out var letters))
            {
                scores[language] += 2 * input.Count(c => letters.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal));
            }
        }

        if (scores.ContainsKey("ru") && input.Any(c => c is >= '\u0400' and <= '\u04FF'))
        {
            scores["ru"] += 10;
        }

        var ranked = scores.OrderByDescending(s => s.Value).ToList();
        return ranked[0].Value > 0 && ranked[0].Value > ranked[1].Value ? ranked[0].Key : null;
    }

    /// <summary>Whether the word asks for a kind of document ("reply", "template", "procedure") rather than naming a topic.</summary>
    public static bool IsKindWord(string word) => TemplateWords.Contains(word) || ArticleWords.Contains(word);

    /// <summary>Templates when the text says "reply" or "template", SOPs when it says "procedure"; else null.</summary>
    public static DocumentKind? PreferredKind(List<AnalyzedToken> words)
    {
        if (words.Count < 2)
        {
            return null;
        }

        if (words.Any(w => TemplateWords.Contains(w.Term)))
        {
            return DocumentKind.Template;
        }

        return words.Any(w => ArticleWords.Contains(w.Term)) ? DocumentKind.Article : null;
    }
}
