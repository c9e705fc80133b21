using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeBase.Content.Loading;

namespace KnowledgeBase.Search.Tests.Relevance;

/// <summary>
/// A known-item query: 4 distinct content words (4+ letters, not a stop word, not in the title)
/// drawn from an article's body with a seed fixed per article, so every run asks the same questions.
/// </summary>
public sealed partial record KnownItemSample(string Id, string Query)
{
    private const int WordsPerQuery = 4;

    /// <param name="skip">Samples to pass over first: 0 gives the tuning sample, <paramref name="count"/> the held-out one.</param>
    public static List<KnownItemSample> Draw(ContentSet content, string language, int count, int skip = 0)
    {
        var candidates = content.Documents
            .Where(d => d.Language == language)
            .OrderBy(d => Seed(d.Id))
            .ToList();
        var samples = new List<KnownItemSample>();
        foreach (var document in candidates)
        {
            var titleWords = Words(document.Title).Select(Fold).ToHashSet(StringComparer.Ordinal);
            var words = Words(document.PlainText)
                .Where(w => w.Length >= 4 && !w.Any(char.IsDigit) && !titleWords.Contains(Fold(w)) && !IsStopWord(w.ToLowerInvariant(), language))
                .Select(w => w.ToLowerInvariant())
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (words.Count < WordsPerQuery * 2)
            {
                continue;
            }

            var random = new Random(Seed(document.Id));
            var picked = words.OrderBy(_ => random.Next()).Take(WordsPerQuery);
            samples.Add(new KnownItemSample(document.Id, string.Join(' ', picked) + " "));
            if (samples.Count == skip + count)
            {
                break;
            }
        }

        return samples[skip..];
    }

    public static double RecallAt(IReadOnlyList<int?> ranks, int k) => ranks.Count(r => r <= k) / (double)ranks.Count;

    public static double MeanReciprocalRank(IReadOnlyList<int?> ranks) => ranks.Average(r => r is { } rank ? 1.0 / rank : 0);

    public static string Report(string label, IReadOnlyList<int?> ranks, IReadOnlyList<int?> ranksWithLanguage) => string.Create(
        CultureInfo.InvariantCulture,
        $"{label}: n={ranks.Count}  all languages: R@1 {RecallAt(ranks, 1):0.000} R@10 {RecallAt(ranks, 10):0.000} MRR {MeanReciprocalRank(ranks):0.000}" +
        $"  | one language: R@1 {RecallAt(ranksWithLanguage, 1):0.000} R@10 {RecallAt(ranksWithLanguage, 10):0.000} MRR {MeanReciprocalRank(ranksWithLanguage):0.000}");

    private static bool IsStopWord(string word, string language) =>
        StopWords.Contains(word) || Search.Analysis.LanguageAnalyzers.StopWords(language).Contains(word);

    private static int Seed(string id) => id.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value);

    private static string Fold(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        return new string([.. decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]);
    }

    // Function words Lucene's stop lists miss, which carry no meaning for a known-item query.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "jsou", "nebo", "které", "který", "která", "také", "jako", "může", "můžete", "pokud", "když", "tento", "tato", "toto", "jeho", "této",
        "pour", "dans", "avec", "vous", "votre", "vos", "sont", "être", "plus", "cette", "leur", "sur", "pas", "qui", "que", "est",
        "kas", "vai", "lai", "arī", "jūs", "jūsu", "var", "tiek", "šo", "šis", "ar", "uz", "par", "kā", "nav",
        "для", "или", "если", "это", "этой", "этот", "как", "что", "вы", "ваш", "вашей", "можно", "может", "также", "при", "чтобы", "нажмите",
    };

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
