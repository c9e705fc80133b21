using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace KnowledgeBase.Templates.Rendering;

/// <summary>
/// A rendered reply as HTML for a rich-text editor or an e-mail body: paragraphs, the lists the
/// text already writes ("- item", "1. step") and web addresses as links, so an e-mail pasted into a
/// mail client keeps them. Everything else is text: the template's own words and the agent's values
/// are all encoded, so a value can never add markup.
/// </summary>
public static partial class ReplyHtml
{
    /// <summary>Encodes markup characters only; letters of every script stay readable in the source.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// One <c>&lt;p&gt;</c> per paragraph (separated by a blank line), <c>&lt;br&gt;</c> for a single
    /// line break; a paragraph whose every line is a "-" or "1." item becomes a list.
    /// </summary>
    public static string FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = BlankLines().Split(text.ReplaceLineEndings("\n"))
            .Select(p => p.Trim('\n'))
            .Where(p => p.Trim().Length > 0)
            .Select(Block);
        return string.Join("\n", paragraphs);
    }

    private static string Block(string paragraph)
    {
        var lines = paragraph.Split('\n');
        if (lines.Length > 1 && lines.All(l => Bullet().IsMatch(l)))
        {
            return "<ul>" + string.Concat(lines.Select(l => "<li>" + Inline(Bullet().Replace(l, string.Empty)) + "</li>")) + "</ul>";
        }

        if (lines.Length > 1 && lines.All(l => Numbered().IsMatch(l)))
        {
            return "<ol>" + string.Concat(lines.Select(l => "<li>" + Inline(Numbered().Replace(l, string.Empty)) + "</li>")) + "</ol>";
        }

        return "<p>" + string.Join("<br>\n", lines.Select(Inline)) + "</p>";
    }

    /// <summary>Encoded text with each http(s) address as a link to itself.</summary>
    private static string Inline(string line)
    {
        var html = new StringBuilder(line.Length + 16);
        var position = 0;
        foreach (Match url in WebAddress().Matches(line))
        {
            var encoded = Encoder.Encode(url.Value);
            html.Append(Encoder.Encode(line[position..url.Index])).Append("<a href=\"").Append(encoded).Append("\">").Append(encoded).Append("</a>");
            position = url.Index + url.Length;
        }

        return html.Append(Encoder.Encode(line[position..])).ToString();
    }

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"^[ \t]*[-•*][ \t]+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^[ \t]*\d{1,3}[.)][ \t]+")]
    private static partial Regex Numbered();

    // Trailing punctuation ends a sentence, not the address.
    [GeneratedRegex(@"https?://[^\s<>""⟦⟧]+?(?=[.,;:!?)]*(?:\s|$))")]
    private static partial Regex WebAddress();
}
