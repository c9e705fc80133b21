using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace KnowledgeBase.Templates.Rendering;

/// <summary>
/// A rendered reply as HTML for a rich-text editor or an e-mail body. Everything is text: the
/// template's own words and the agent's values are all encoded, so a value can never add markup.
/// </summary>
public static partial class ReplyHtml
{
    /// <summary>Encodes markup characters only; letters of every script stay readable in the source.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>One <c>&lt;p&gt;</c> per paragraph (separated by a blank line), <c>&lt;br&gt;</c> for a single line break.</summary>
    public static string FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = BlankLines().Split(text.ReplaceLineEndings("\n"))
            .Select(p => p.Trim('\n'))
            .Where(p => p.Trim().Length > 0)
            .Select(p => "<p>" + string.Join("<br>\n", p.Split('\n').Select(Encoder.Encode)) + "</p>");
        return string.Join("\n", paragraphs);
    }

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLines();
}
