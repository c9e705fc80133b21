using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeBase.Content.Model;

namespace KnowledgeBase.TestSupport.Relevance;

/// <summary>
/// Draws known-item queries from a corpus with a fixed seed, independently of the engine: for each
/// sampled document, 4 distinct words of 4+ letters from its headings and text, never from its
/// title, and never words so common they name nothing (in more than a fifth of the language's
/// documents). Documents whose text is identical to another's (the handbook's placeholder pages)
/// are never targets: no query can tell them apart. Typed without diacritics (Cyrillic keeps й; ё becomes е, as Russians type it), and
/// every other query has two adjacent letters of one word swapped.
/// </summary>
public static partial class KnownItemGenerator
{
    public const int WordsPerQuery = 4;

    private const double MaxDocumentShare = 0.2;

    public static IReadOnlyList<KnownItemQuery> Draw(IEnumerable<ContentDocument> corpus, string language, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var all = corpus.Where(d => d.Language == language).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var duplicated = all.GroupBy(d => d.PlainText.Trim(), StringComparer.Ordinal).Where(g => g.Count() > 1).SelectMany(g => g).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var documents = all.Where(d => !duplicated.Contains(d.Id)).ToList();
        var words = all.ToDictionary(d => d.Id, BodyWords, StringComparer.Ordinal);
        var documentFrequency = words.Values.SelectMany(w => w).GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var tooCommon = MaxDocumentShare * all.Count;

        var random = new Random(seed);
        var queries = new List<KnownItemQuery>();
        foreach (var document in documents.OrderBy(_ => random.Next()))
        {
            var title = Words(document.Title).Select(Unaccent).ToHashSet(StringComparer.Ordinal);
            var candidates = words[document.Id]
                .Where(w => w.Length >= 4 && !title.Contains(Unaccent(w)) && documentFrequency[w] <= tooCommon)
                .Order(StringComparer.Ordinal)
                .ToList();
            if (candidates.Count < WordsPerQuery)
            {
                continue;
            }

            var picked = candidates.OrderBy(_ => random.Next()).Take(WordsPerQuery).ToList();
            var unaccented = picked.Select(Unaccent).ToList();
            var typed = queries.Count % 2 == 1 ? WithSwappedLetters(unaccented, random) : unaccented;
            queries.Add(new KnownItemQuery(document.Id, string.Join(' ', typed), string.Join(' ', unaccented), string.Join(' ', picked)));
            if (queries.Count == count)
            {
                break;
            }
        }

        return queries;
    }

    /// <summary>A fixed seed per corpus and language, so every run asks the same questions.</summary>
    public static int Seed(string corpus, string language) =>
        $"{corpus}/{language}".Aggregate(20_261_204, (hash, c) => unchecked((hash * 31) + c));

    /// <summary>Distinct lower-case words of the document's headings and section text.</summary>
    private static HashSet<string> BodyWords(ContentDocument document) =>
        document.Sections.SelectMany(s => Words(s.Heading).Concat(Words(s.Text)))
            .Select(w => w.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);

    private static List<string> WithSwappedLetters(List<string> words, Random random)
    {
        var copy = words.ToList();
        var which = random.Next(copy.Count);
        var chars = copy[which].ToCharArray();
        var swappable = Enumerable.Range(0, chars.Length - 1).Where(i => chars[i] != chars[i + 1]).ToList();
        if (swappable.Count > 0)
        {
            var at = swappable[random.Next(swappable.Count)];
            (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
            copy[which] = new string(chars);
        }

        return copy;
    }

    /// <summary>The word as typed without diacritics on a keyboard without them.</summary>
    public static string Unaccent(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word.ToLowerInvariant())
        {
            if (c is >= '\u0400' and <= '\u04FF')
            {
                builder.Append(c == 'ё' ? 'е' : c);
                continue;
            }

            foreach (var part in c.ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
                {
                    builder.Append(part);
                }
            }
        }

        return builder.ToString();
    }

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant());

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
