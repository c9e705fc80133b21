using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeBase.Content.Loading;

namespace KnowledgeBase.Benchmarks.Measurements;

/// <summary>A query and what kind of typing it stands for.</summary>
public sealed record BenchmarkQuery(string Text, string Kind);

/// <summary>
/// A realistic mix drawn from the corpus itself (fixed seed): whole words from titles and headings,
/// the same with the last word half typed, a word with one typo, and gibberish that matches nothing.
/// </summary>
public static partial class QueryMix
{
    public static List<BenchmarkQuery> Build(ContentSet content, int perKind)
    {
        var random = new Random(42);
        var phrases = content.Documents
            .SelectMany(d => d.Sections.Where(s => !s.IsIntroduction).Select(s => s.Heading).Prepend(d.Title))
            .Select(p => Words(p).Where(w => w.Length >= 3 && !w.Any(char.IsDigit)).ToList())
            .Where(w => w.Count >= 1)
            .ToList();

        List<string> Phrase() => [.. phrases[random.Next(phrases.Count)].Take(random.Next(1, 4))];

        var queries = new List<BenchmarkQuery>();
        for (var i = 0; i < perKind; i++)
        {
            queries.Add(new BenchmarkQuery(string.Join(' ', Phrase()) + " ", "word"));

            var partial = Phrase();
            var last = partial[^1];
            partial[^1] = last[..Math.Max(2, Math.Min(last.Length - 1, random.Next(3, 7)))];
            queries.Add(new BenchmarkQuery(string.Join(' ', partial), "prefix"));

            var typo = Phrase();
            var longest = typo.OrderByDescending(w => w.Length).First();
            typo[typo.IndexOf(longest)] = Misspell(longest, random);
            queries.Add(new BenchmarkQuery(string.Join(' ', typo) + " ", "typo"));

            queries.Add(new BenchmarkQuery($"qzx{random.Next(1000, 9999)}vw zzyq{(char)('a' + random.Next(26))}", "none"));
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
