using System.Text.RegularExpressions;

namespace KnowledgeBase.Templates.Rendering;

/// <summary>
/// Tidies what Liquid leaves behind: a false <c>{% if %}</c> or an empty optional value leaves
/// trailing spaces and runs of blank lines that an agent would otherwise delete by hand.
/// </summary>
internal static partial class ReplyText
{
    /// <summary>LF line ends, no trailing spaces, at most one blank line in a row, no blank start or end.</summary>
    public static string Clean(string text)
    {
        var lines = TrailingSpace().Replace(text.ReplaceLineEndings("\n"), string.Empty);
        return BlankRuns().Replace(lines, "\n\n").Trim();
    }

    [GeneratedRegex(@"[ \t]+(?=\n|$)")]
    private static partial Regex TrailingSpace();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankRuns();
}
