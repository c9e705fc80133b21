using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeBase.Content.Model;

namespace KnowledgeBase.Templates.Rendering;

/// <summary>Turns the text an agent typed into the value a field's type promises the template.</summary>
internal static partial class FieldInput
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d.M.yyyy", "d/M/yyyy"];

    /// <summary>LF line ends and no surrounding whitespace; null when nothing is left.</summary>
    public static string? Normalize(string? raw)
    {
        var text = raw?.ReplaceLineEndings("\n").Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>The Liquid value for <paramref name="text"/> (already normalized), or the message saying why it does not fit.</summary>
    public static (object? Value, string? Error) Convert(TemplateField field, string text, CultureInfo culture) => field.Type switch
    {
        TemplateFieldType.Number => TryParseNumber(text, out var number)
            ? (number, null)
            : (null, $"{field.Name} must be a number"),
        TemplateFieldType.Date => TryParseDate(text, out var date)
            ? (TemplateCulture.LongDate(date, culture), null)
            : (null, $"{field.Name} must be a date, e.g. 2026-11-23 or 23.11.2026"),
        TemplateFieldType.Choice => field.Options.FirstOrDefault(o => string.Equals(o.Trim(), text, StringComparison.OrdinalIgnoreCase)) is { } option
            ? (option, null)
            : (null, $"{field.Name} must be one of: {string.Join(", ", field.Options)}"),
        _ => (text, null),
    };

    /// <summary>
    /// Accepts what agents type across Europe: <c>84.90</c>, <c>84,90</c>, <c>1 234,50</c>,
    /// <c>1,234.50</c>, <c>1.234,50</c>. A lone comma is a decimal comma, never a thousands separator.
    /// </summary>
    internal static bool TryParseNumber(string text, out decimal value)
    {
        value = 0;
        var compact = GroupSpaces().Replace(text.Trim(), string.Empty);
        string invariant;
        if (Plain().IsMatch(compact))
        {
            invariant = compact.Replace(',', '.');
        }
        else if (GroupedWithCommas().IsMatch(compact))
        {
            invariant = compact.Replace(",", string.Empty, StringComparison.Ordinal);
        }
        else if (GroupedWithDots().IsMatch(compact))
        {
            invariant = compact.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        }
        else
        {
            return false;
        }

        return decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>ISO (what <c>&lt;input type=date&gt;</c> sends), or day first with dots or slashes; spaces allowed (<c>23. 11. 2026</c>).</summary>
    internal static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(Whitespace().Replace(text, string.Empty), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    [GeneratedRegex(@"(?<=\d)[ \u00A0\u2009\u202F](?=\d)")]
    private static partial Regex GroupSpaces();

    [GeneratedRegex(@"^[+-]?(\d+([.,]\d+)?|[.,]\d+)$")]
    private static partial Regex Plain();

    [GeneratedRegex(@"^[+-]?\d{1,3}(,\d{3})+\.\d+$")]
    private static partial Regex GroupedWithCommas();

    [GeneratedRegex(@"^[+-]?\d{1,3}(\.\d{3})+,\d+$")]
    private static partial Regex GroupedWithDots();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
