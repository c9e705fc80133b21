using System.Text;
using KnowledgeBase.Search.Indexing;

namespace KnowledgeBase.Search.Querying;

/// <summary>What an agent typed, made safe to plan: control characters out, length capped, codes located.</summary>
internal static class QueryText
{
    /// <summary>Longer text is cut: nobody types more mid-call, and it bounds the query's size.</summary>
    public const int MaxLength = 256;

    /// <summary>Control characters out, length capped at a word boundary.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(Math.Min(text.Length, MaxLength));
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, MaxLength * 2)))
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        var clean = builder.ToString().TrimStart();
        if (clean.Length > MaxLength)
        {
            var cut = clean.LastIndexOf(' ', MaxLength);
            clean = clean[..(cut > 0 ? cut : MaxLength)];
        }

        return clean;
    }

    /// <summary>Where product and coupon codes stand in the text.</summary>
    public static List<(int Start, int End)> CodeSpans(string input) => [.. CodeExtractor.Spans(input)];

    /// <summary>The text with codes blanked out (same length, so offsets still line up).</summary>
    public static string WithoutCodes(string input, List<(int Start, int End)> spans)
    {
        if (spans.Count == 0)
        {
            return input;
        }

        var chars = input.ToCharArray();
        foreach (var (start, end) in spans)
        {
            Array.Fill(chars, ' ', start, end - start);
        }

        return new string(chars);
    }
}
