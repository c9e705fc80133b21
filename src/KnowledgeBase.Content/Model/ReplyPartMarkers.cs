using System.Text.RegularExpressions;

namespace KnowledgeBase.Content.Model;

/// <summary>
/// How a template marks its greeting and its sign-off, so that a reply built from several templates
/// greets once (the first template's greeting) and signs once (the last template's sign-off). A
/// line holding only <see cref="GreetingAbove"/> ends the greeting; a line holding only
/// <see cref="SignOffBelow"/> starts the sign-off. Both are Liquid comments: they print nothing, so
/// a marked template renders exactly as before wherever it is used alone.
/// </summary>
public static partial class ReplyPartMarkers
{
    /// <summary>Everything above this line is the greeting ("Hi Jana,").</summary>
    public const string GreetingAbove = "{% comment %}greeting above{% endcomment %}";

    /// <summary>Everything below this line is the sign-off (the agent's signature).</summary>
    public const string SignOffBelow = "{% comment %}sign-off below{% endcomment %}";

    /// <summary>What the renderer puts where the greeting marker was; a private-use character no reply contains.</summary>
    public const char GreetingEnd = '\uE000';

    /// <summary>What the renderer puts where the sign-off marker was.</summary>
    public const char SignOffStart = '\uE001';

    /// <summary>The text with each well-formed marker line replaced by its one-character stand-in (lines keep their numbers).</summary>
    public static string ToStandIns(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!body.Contains("comment", StringComparison.Ordinal))
        {
            return body;
        }

        return MarkerLine().Replace(body, m => m.Groups["kind"].Value.StartsWith('g') ? GreetingEnd.ToString() : SignOffStart.ToString());
    }

    /// <summary>Every Liquid comment in <paramref name="body"/> that is meant as a greeting or sign-off marker, well-formed or not.</summary>
    public static IEnumerable<(int Offset, string Text, bool WellFormed, bool IsGreeting)> Find(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var wellFormed = MarkerLine().Matches(body).Select(m => m.Index + m.Value.IndexOf('{', StringComparison.Ordinal)).ToHashSet();
        foreach (Match comment in AnyComment().Matches(body))
        {
            var text = comment.Groups["text"].Value;
            var folded = Letters().Replace(text.ToLowerInvariant(), string.Empty);
            var isGreeting = folded.Contains("greeting", StringComparison.Ordinal);
            if (!isGreeting && !folded.Contains("signoff", StringComparison.Ordinal) && !folded.Contains("signature", StringComparison.Ordinal))
            {
                continue;
            }

            yield return (comment.Index, comment.Value, wellFormed.Contains(comment.Index), isGreeting);
        }
    }

    // Alone on its line (spaces around allowed, spacing inside the tags free), so a marker can never cut a sentence.
    [GeneratedRegex(@"^[ \t]*\{%-?[ \t]*comment[ \t]*-?%\}[ \t]*(?<kind>greeting above|sign-off below)[ \t]*\{%-?[ \t]*endcomment[ \t]*-?%\}[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex MarkerLine();

    [GeneratedRegex(@"\{%-?\s*comment\s*-?%\}(?<text>.*?)\{%-?\s*endcomment\s*-?%\}", RegexOptions.Singleline)]
    private static partial Regex AnyComment();

    [GeneratedRegex(@"[^a-z]")]
    private static partial Regex Letters();
}
