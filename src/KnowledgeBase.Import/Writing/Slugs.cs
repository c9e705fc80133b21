using System.Globalization;
using System.Text;

namespace KnowledgeBase.Import.Writing;

/// <summary>File and folder names, tags and shortcuts made from a help desk's words.</summary>
internal static class Slugs
{
    /// <summary>
    /// Lower-case ASCII letters and digits joined by '-', accents dropped (<c>Délai de livraison</c> →
    /// <c>delai-de-livraison</c>); empty when nothing is left (a title in Cyrillic).
    /// </summary>
    public static string Of(string text, int maxLength = 60)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slug = new StringBuilder(Math.Min(text.Length, maxLength));
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }

            if (slug.Length >= maxLength)
            {
                break;
            }
        }

        return slug.ToString().Trim('-');
    }

    /// <summary>A shortcut agents type after '/', or a tag: lower case, letters of any script, digits, '-' and '_'; null when nothing is left.</summary>
    public static string? Shortcut(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var shortcut = new StringBuilder();
        foreach (var c in text.Trim().TrimStart('/', ':').ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                shortcut.Append(c);
            }
            else if (char.IsWhiteSpace(c) && shortcut.Length > 0 && shortcut[^1] != '-')
            {
                shortcut.Append('-');
            }

            if (shortcut.Length >= 40)
            {
                break;
            }
        }

        var result = shortcut.ToString().Trim('-');
        return result.Length == 0 ? null : result;
    }
}
