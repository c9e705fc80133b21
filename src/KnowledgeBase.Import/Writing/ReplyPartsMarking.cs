using System.Text.RegularExpressions;
using KnowledgeBase.Content.Model;

namespace KnowledgeBase.Import.Writing;

/// <summary>
/// Marks an imported text's greeting and sign-off the way the shipped templates do
/// (<see cref="ReplyPartMarkers"/>), so a reply built from several imported templates greets once
/// and signs once. Only the clear cases, by the rule <c>kb validate</c> warns with: a short first
/// line ending in ',' or '!' followed by a blank line, and a last paragraph that prints an
/// <c>agent.</c> field; never inside an <c>{% if %}</c> or <c>{% for %}</c>.
/// </summary>
internal static partial class ReplyPartsMarking
{
    private const int GreetingLength = 60;

    public static (string Text, bool Marked) Mark(string text)
    {
        if (ReplyPartMarkers.Find(text).Any())
        {
            return (text, false);
        }

        var lines = text.Split('\n').ToList();
        var marked = false;
        if (lines.Count > 2 && lines[1].Trim().Length == 0 && lines[0].Trim() is { Length: > 0 and <= GreetingLength } first
            && (first.EndsWith(',') || first.EndsWith('!')) && !first.Contains("{%", StringComparison.Ordinal))
        {
            lines.Insert(1, ReplyPartMarkers.GreetingAbove);
            marked = true;
        }

        var lastBlank = lines.FindLastIndex(l => l.Trim().Length == 0);
        if (lastBlank > 0 && lastBlank < lines.Count - 1 && lines[^1].Contains("agent.", StringComparison.Ordinal)
            && !string.Join('\n', lines.Skip(lastBlank)).Contains("{%", StringComparison.Ordinal)
            && !InsideBlock(string.Join('\n', lines.Take(lastBlank))))
        {
            lines.Insert(lastBlank + 1, ReplyPartMarkers.SignOffBelow);
            marked = true;
        }

        return (string.Join('\n', lines), marked);
    }

    private static bool InsideBlock(string before)
    {
        var depth = 0;
        foreach (Match tag in Blocks().Matches(before))
        {
            depth += tag.Groups["end"].Success ? -1 : 1;
        }

        return depth > 0;
    }

    [GeneratedRegex(@"\{%-?\s*(?<end>end)?(?:if|unless|for|case)\b")]
    private static partial Regex Blocks();
}
