using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Templates.Rendering;

/// <summary>How a template's language writes dates and numbers.</summary>
public static partial class TemplateCulture
{
    private static readonly ConcurrentDictionary<string, string> DatePatterns = new(StringComparer.Ordinal);

    /// <summary>
    /// The culture for a content language. English is British English: the customers are in Europe,
    /// and "23 November 2026" reads right on both sides of the Atlantic where "November 23, 2026" does not.
    /// </summary>
    public static CultureInfo For(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        try
        {
            return CultureInfo.GetCultureInfo(language == "en" ? "en-GB" : language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    /// <summary>The culture's long date without the weekday: <c>23 November 2026</c>, <c>23. listopadu 2026</c>.</summary>
    /// <remarks>A weekday in a reply is one more thing to get wrong when a date is typed in advance.</remarks>
    public static string LongDate(DateOnly date, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var pattern = DatePatterns.GetOrAdd(culture.Name, _ => WithoutWeekday(culture.DateTimeFormat.LongDatePattern));
        return date.ToString(pattern, culture);
    }

    /// <summary>Drops <c>dddd</c> with the comma or space that joins it to the rest of the pattern.</summary>
    internal static string WithoutWeekday(string pattern)
    {
        var stripped = Weekday().Replace(pattern, string.Empty).Trim();
        return stripped.Length == 0 ? "d MMMM yyyy" : stripped;
    }

    [GeneratedRegex(@"dddd(,\s*|\s+)|,?\s*dddd")]
    private static partial Regex Weekday();
}
