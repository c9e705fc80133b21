using System.Text.RegularExpressions;

namespace KnowledgeBase.Templates.Rendering;

/// <summary>
/// The visible stand-in for a value a reply still needs: <c>⟦Order number⟧</c>. White square
/// brackets (U+27E6, U+27E7) never occur in ordinary replies, so a marker left in the text is
/// easy to find, and the composer can refuse to copy a reply that still has one.
/// </summary>
public static partial class PlaceholderMarkers
{
    public const char Open = '\u27E6';
    public const char Close = '\u27E7';

    /// <summary>A marker for <paramref name="label"/>; brackets and line breaks in the label are replaced so it stays one marker.</summary>
    public static string For(string label)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        var clean = label.Trim().Replace(Open, '[').Replace(Close, ']').ReplaceLineEndings(" ");
        return $"{Open}{clean}{Close}";
    }

    /// <summary>Every marker in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<PlaceholderMarker> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Marker().Matches(text).Select(m => new PlaceholderMarker(m.Index, m.Length, m.Groups[1].Value))];
    }

    public static bool Any(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Marker().IsMatch(text);
    }

    [GeneratedRegex("\u27E6([^\u27E6\u27E7\r\n]+)\u27E7")]
    private static partial Regex Marker();
}
