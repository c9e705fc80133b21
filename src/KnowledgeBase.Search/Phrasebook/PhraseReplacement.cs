using System.Globalization;

namespace KnowledgeBase.Search.Phrasebook;

/// <summary>Swaps an avoided phrase for a preferred one, written the way the agent wrote the original.</summary>
public static class PhraseReplacement
{
    /// <summary>
    /// Replaces the span of <paramref name="finding"/> with <paramref name="preferred"/>, keeping the
    /// found text's capitals: "Unfortunately" → "At the moment", "unfortunately" → "at the moment",
    /// "NO PROBLEM" → "ALWAYS HAPPY TO HELP"; "I" is never lower-cased.
    /// </summary>
    /// <exception cref="ArgumentException">The text no longer has the found phrase at the finding's offset.</exception>
    public static ReplacedText Apply(string text, PhraseFinding finding, string preferred)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(preferred);
        if (finding.Start < 0 || finding.Length < 0 || finding.End > text.Length
            || !text.AsSpan(finding.Start, finding.Length).SequenceEqual(finding.Found))
        {
            // Replacing whatever now sits at a stale offset would destroy the agent's newer text.
            throw new ArgumentException($"the text has changed: \"{finding.Found}\" is no longer at offset {finding.Start}", nameof(finding));
        }

        var replacement = MatchCase(finding.Found, finding.Avoid, preferred, AtSentenceStart(text, finding.Start));
        var result = string.Concat(text.AsSpan(0, finding.Start), replacement, text.AsSpan(finding.End));
        return new ReplacedText(result, finding.Start + replacement.Length);
    }

    /// <summary>The preferred phrase with the capitalisation pattern of the found one.</summary>
    /// <param name="atSentenceStart">
    /// Decides the first letter when the found text's own capital says nothing about its place:
    /// an acronym such as "ASAP", or the English "I" that is always upper-case.
    /// </param>
    internal static string MatchCase(string found, string avoid, string preferred, bool atSentenceStart)
    {
        if (preferred.Length == 0 || found.Length == 0)
        {
            return preferred;
        }

        var acronym = IsAllCaps(avoid);
        if (IsAllCaps(found) && !acronym)
        {
            return preferred.ToUpperInvariant();
        }

        var capitalInformative = !acronym && !StartsWithPronounI(found);
        var upper = capitalInformative ? FirstLetterIsUpper(found) : atSentenceStart;
        if (upper)
        {
            return WithFirstLetter(preferred, char.ToUpperInvariant);
        }

        return StartsWithPronounI(preferred) || IsAllCaps(FirstWord(preferred)) ? preferred : WithFirstLetter(preferred, char.ToLowerInvariant);
    }

    /// <summary>Nothing but whitespace and opening quotes or brackets since the start of the text, a line or a sentence.</summary>
    private static bool AtSentenceStart(string text, int start)
    {
        for (var i = start - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '.' or '!' or '?' or '…')
            {
                return true;
            }

            if (!char.IsWhiteSpace(c) && !IsOpening(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOpening(char c) =>
        c is '"' or '\'' or '*' or '_' or '«' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OpenPunctuation or UnicodeCategory.InitialQuotePunctuation;

    private static bool IsAllCaps(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsUpper(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    private static bool StartsWithPronounI(string text) => text.Length > 0 && text[0] == 'I' && (text.Length == 1 || !char.IsLetter(text[1]));

    private static bool FirstLetterIsUpper(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return char.IsUpper(c);
            }
        }

        return false;
    }

    private static string FirstWord(string text)
    {
        var end = text.AsSpan().IndexOfAny(' ', '\t', '\n');
        return end < 0 ? text : text[..end];
    }

    private static string WithFirstLetter(string text, Func<char, char> change)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetter(text[i]))
            {
                var changed = change(text[i]);
                return changed == text[i] ? text : string.Concat(text.AsSpan(0, i), new ReadOnlySpan<char>(in changed), text.AsSpan(i + 1));
            }
        }

        return text;
    }
}
