using System.Collections.Concurrent;
using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Indexing;

namespace KnowledgeBase.Search.Snippets;

/// <summary>
/// Each word's stems as the index's own analysis makes them (unaccented twin included), remembered
/// per language. Snippets are built for every result on every keystroke, and running the whole
/// stemming chain over each section was most of a search's time; a corpus uses a few tens of
/// thousands of words, so almost every word is known after the first searches. Bounded: forgotten
/// all at once when full.
/// </summary>
internal sealed class WordStems(IndexAnalysis analysis)
{
    private const int MaxWords = 200_000;

    private static readonly string[] None = [];

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, string[]>> _byLanguage = new(StringComparer.Ordinal);

    /// <summary>The stems of one word (any case); empty for a stop word.</summary>
    public string[] Of(ReadOnlySpan<char> word, string language)
    {
        var words = _byLanguage.GetOrAdd(language, _ => new ConcurrentDictionary<string, string[]>(StringComparer.Ordinal));
        Span<char> lower = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        if (words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower, out var known))
        {
            return known;
        }

        if (words.Count >= MaxWords)
        {
            words.Clear();
        }

        var key = lower.ToString();
        var stems = TokenReader.Read(analysis.Stemming(language), SearchFields.Stemmed(SearchFields.Body, language), key).Select(t => t.Term).ToArray();
        return words[key] = stems.Length == 0 ? None : stems;
    }
}
