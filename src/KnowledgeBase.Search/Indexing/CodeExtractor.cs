using System.Text.RegularExpressions;

namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// Product, coupon and reference codes (<c>A-1001</c>, <c>E-3310-BK</c>, <c>WINTER25</c>, <c>RMA-123456</c>):
/// words that mix letters and digits. They are indexed whole, lower-cased, so a code matches exactly
/// and never fuzzily; a code with a suffix also answers to its stem (<c>E-3310-BK</c> → <c>e-3310</c>).
/// </summary>
internal static partial class CodeExtractor
{
    public static IEnumerable<string> Extract(string text)
    {
        var codes = new List<string>();
        Extract(text, codes);
        return codes;
    }

    /// <summary>
    /// Adds the text's codes to <paramref name="codes"/>. Every document's text is scanned (several
    /// times, per entry) while indexing, and almost no word is a code: a word without a digit is
    /// passed over before anything is allocated for it.
    /// </summary>
    public static void Extract(string text, List<string> codes)
    {
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return;
        }

        foreach (var match in Candidate().EnumerateMatches(text))
        {
            var candidate = text.AsSpan(match.Index, match.Length).Trim('-');
            if (candidate.Length < 4 || !candidate.ContainsAnyInRange('0', '9'))
            {
                continue;
            }

            var code = candidate.ToString().ToLowerInvariant();
            if (!IsCode(code))
            {
                continue;
            }

            codes.Add(code);
            for (var dash = code.LastIndexOf('-'); dash > 0; dash = code.LastIndexOf('-', dash - 1))
            {
                var stem = code[..dash];
                if (IsCode(stem))
                {
                    codes.Add(stem);
                }
            }
        }
    }

    /// <summary>Where codes stand in a text, as character ranges.</summary>
    public static IEnumerable<(int Start, int End)> Spans(string text)
    {
        foreach (Match match in Candidate().Matches(text))
        {
            if (IsCode(match.Value.Trim('-').ToLowerInvariant()))
            {
                yield return (match.Index, match.Index + match.Length);
            }
        }
    }

    /// <summary>True for a word with both letters and digits, at least 4 characters long.</summary>
    public static bool IsCode(string word) =>
        word.Length >= 4 && word.Any(char.IsAsciiDigit) && word.Any(char.IsLetter) && word.All(c => char.IsLetterOrDigit(c) || c == '-');

    [GeneratedRegex(@"(?<![\p{L}\p{N}-])[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?![\p{L}\p{N}])")]
    private static partial Regex Candidate();
}
