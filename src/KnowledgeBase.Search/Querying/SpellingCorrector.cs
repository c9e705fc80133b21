using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using KnowledgeBase.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Search.Querying;

/// <summary>
/// Near spellings of a word the index does not know, from the all-text vocabulary: one edit
/// anywhere first (a swapped pair of letters is one edit, the first letter included), two edits
/// after a correct first letter for longer words. Remembered per index reader: typing re-plans
/// every earlier word at each keystroke, and a Levenshtein automaton is the costliest thing a query builds.
/// </summary>
internal static class SpellingCorrector
{
    public const int MinLength = 3;

    private const int MinTwoEditLength = 6;
    private const int MaxExpansions = 20;
    private const int MaxCached = 10_000;

    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, List<Spelling>>> Cache = new();

    /// <summary>Forgets remembered spellings, so a benchmark can time queries as if never seen before.</summary>
    public static void Clear() => Cache.Clear();

    /// <summary>Closest first; among equally close ones, the most common.</summary>
    public static List<Spelling> Spellings(IndexReader reader, string word)
    {
        var cache = Cache.GetValue(reader, _ => new ConcurrentDictionary<string, List<Spelling>>(StringComparer.Ordinal));
        if (cache.TryGetValue(word, out var known))
        {
            return known;
        }

        var candidates = Find(reader, word, maxEdits: 1, prefixLength: 0);
        if (candidates.Count == 0 && word.Length >= MinTwoEditLength)
        {
            candidates = Find(reader, word, maxEdits: 2, prefixLength: 1);
        }

        if (cache.Count > MaxCached)
        {
            cache.Clear();
        }

        cache[word] = candidates;
        return candidates;
    }

    private static List<Spelling> Find(IndexReader reader, string word, int maxEdits, int prefixLength)
    {
        var fuzzy = new FuzzyQuery(new Term(SearchFields.Folded(SearchFields.All), word), maxEdits, prefixLength, MaxExpansions, transpositions: true)
        {
            MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(MaxExpansions),
        };
        return [.. Terms(fuzzy.Rewrite(reader))
            .Select(t => new Spelling(t.Term.Text, t.Boost, reader.DocFreq(t.Term)))
            .OrderByDescending(c => c.Similarity)
            .ThenByDescending(c => c.Frequency)
            .ThenBy(c => c.Term, StringComparer.Ordinal)];
    }

    private static IEnumerable<TermQuery> Terms(Query query) => query switch
    {
        TermQuery term => [term],
        BooleanQuery boolean => boolean.Clauses.SelectMany(c => Terms(c.Query)),
        _ => [],
    };

    /// <summary>A vocabulary word near the typed one: how similar (1 is identical) and in how many entries.</summary>
    internal sealed record Spelling(string Term, float Similarity, int Frequency);
}
