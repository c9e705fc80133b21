using System.Buffers;
using System.Globalization;
using System.Text;

namespace KnowledgeBase.Search.Phrasebook;

/// <summary>Character-level rules shared by phrases and replies; none of them changes the length of the text.</summary>
internal static class PhraseText
{
    private static readonly SearchValues<char> Variants = SearchValues.Create("\u2019\u2018\u02BC\uFF07ёЁ");

    /// <summary>
    /// Typographic apostrophes become <c>'</c> ("don’t" is "don't") and "ё" becomes "е" before the
    /// stemmer sees it. Every replacement is one UTF-16 unit for one, so offsets stay valid.
    /// </summary>
    public static string Normalize(string text)
    {
        var first = text.AsSpan().IndexOfAny(Variants);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var i = state.first; i < span.Length; i++)
            {
                span[i] = span[i] switch
                {
                    '\u2019' or '\u2018' or '\u02BC' or '\uFF07' => '\'',
                    'ё' => 'е',
                    'Ё' => 'Е',
                    var c => c,
                };
            }
        });
    }

    /// <summary>
    /// What separates two words, minus the characters that do not break a phrase: any whitespace
    /// (line breaks too), hyphens ("calmez-vous" / "calmez vous") and invisible format characters.
    /// "No problem" and "No, problem" differ by the comma, so only the first is the phrase.
    /// </summary>
    public static string GapSignature(string text, int from, int to)
    {
        StringBuilder? signature = null;
        for (var i = from; i < to; i++)
        {
            if (!IsSoft(text[i]))
            {
                (signature ??= new StringBuilder()).Append(text[i]);
            }
        }

        return signature?.ToString() ?? string.Empty;
    }

    /// <summary>True when the text between two words has exactly <paramref name="signature"/> as its <see cref="GapSignature"/>.</summary>
    public static bool GapMatches(string text, int from, int to, string signature)
    {
        var matched = 0;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (IsSoft(c))
            {
                continue;
            }

            if (matched >= signature.Length || signature[matched] != c)
            {
                return false;
            }

            matched++;
        }

        return matched == signature.Length;
    }

    /// <summary>
    /// True when the span is part of a hyphenated compound: the tokenizer splits "problem-free" into
    /// two words, but "problem" there is not the word the phrasebook means.
    /// </summary>
    public static bool IsInsideCompound(string text, int start, int end) =>
        (start >= 2 && IsHyphen(text[start - 1]) && char.IsLetterOrDigit(text[start - 2]))
        || (end + 1 < text.Length && IsHyphen(text[end]) && char.IsLetterOrDigit(text[end + 1]));

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static bool IsSoft(char c) =>
        char.IsWhiteSpace(c) || IsHyphen(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
