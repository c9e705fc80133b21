using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeBase.Content.Loading;

namespace KnowledgeBase.Benchmarks.Measurements;

/// <summary>A query and what kind of typing it stands for.</summary>
public sealed record BenchmarkQuery(string Text, string Kind);

/// <summary>
/// The mix agents type, drawn from the corpus with a fixed seed: 40 % two title words (half of them
/// with one of the corpus's most frequent title words, "gitlab" on the handbook, which are the
/// slow ones), 30 % a word and a 3–5-letter prefix of another, 20 % one word with a typo, 10 %
/// gibberish that matches nothing.
/// </summary>
public static partial class QueryMix
{
    private const int FrequentWords = 20;

    public static List<BenchmarkQuery> Build(ContentSet content, int total)
    {
        var random = new Random(42);
        var titles = content.Documents
            .SelectMany(d => d.Sections.Where(s => !s.IsIntroduction).Select(s => s.Heading).Prepend(d.Title))
            .Select(p => Words(p).Where(w => w.Length >= 3 && !w.Any(char.IsDigit)).Distinct().ToList())
            .Where(w => w.Count >= 1)
            .ToList();
        var frequent = titles.SelectMany(w => w).GroupBy(w => w).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(FrequentWords).Select(g => g.Key).ToList();

        string Pick(List<string> words) => words[random.Next(words.Count)];
        string Word() => Pick(titles[random.Next(titles.Count)]);
        string LongWord()
        {
            for (var attempt = 0; attempt < 100; attempt++)
            {
                if (Word() is { Length: >= 5 } word)
                {
                    return word;
                }
            }

            return Word();
        }

        var queries = new List<BenchmarkQuery>(total);
        for (var i = 0; queries.Count < total; i++)
        {
            switch (i % 10)
            {
                case 0 or 1 or 2 or 3:
                    var title = titles[random.Next(titles.Count)];
                    var first = i % 2 == 0 ? frequent[random.Next(frequent.Count)] : Pick(title);
                    var second = title.Count > 1 ? title.First(w => w != first) : Word();
                    queries.Add(new BenchmarkQuery($"{first} {second} ", "pair"));
                    break;
                case 4 or 5 or 6:
                    var whole = Word();
                    var partial = Word();
                    queries.Add(new BenchmarkQuery($"{whole} {partial[..Math.Min(partial.Length, random.Next(3, 6))]}", "prefix"));
                    break;
                case 7 or 8:
                    queries.Add(new BenchmarkQuery(Misspell(LongWord(), random) + " ", "typo"));
                    break;
                default:
                    queries.Add(new BenchmarkQuery($"qzx{random.Next(1000, 9999)}vw zzyq{(char)('a' + random.Next(26))}", "none"));
                    break;
            }
        }

        return queries;
    }

    private static string Misspell(string word, Random random)
    {
        var chars = word.ToCharArray();
        var at = random.Next(1, chars.Length - 1);
        return random.Next(3) switch
        {
            0 => word.Remove(at, 1),
            1 => new string([.. chars[..at], chars[at + 1], chars[at], .. chars[(at + 2)..]]),
            _ => word[..at] + (char)('a' + random.Next(26)) + word[(at + 1)..],
        };
    }

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text.ToLower(CultureInfo.InvariantCulture)).Select(m => m.Value);

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
