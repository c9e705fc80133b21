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
        foreach (Match match in Candidate().Matches(text))
        {
            var code = match.Value.Trim('-').ToLowerInvariant();
            if (!IsCode(code))
            {
                continue;
            }

            yield return code;
            for (var dash = code.LastIndexOf('-'); dash > 0; dash = code.LastIndexOf('-', dash - 1))
            {
                var stem = code[..dash];
                if (IsCode(stem))
                {
                    yield return stem;
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
