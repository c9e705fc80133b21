using KnowledgeBase.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Index;

namespace KnowledgeBase.Search.Suggestions;

/// <summary>
/// The words of a customer's message that can tell templates apart, in one language's stemmed
/// form, with how often the message uses each. Stop words, words the index has never seen and
/// numbers (order numbers, amounts: they say nothing about what the customer wants) are dropped.
/// </summary>
internal static class MessageTerms
{
    /// <summary>Bounds the query a pasted e-mail thread can produce.</summary>
    public const int MaxTerms = 64;

    /// <param name="stopWords">Dropped too: with synonyms the analyzer keeps them (so "not working" can match a rule), but alone they say nothing.</param>
    public static Dictionary<string, int> Read(Analyzer stemming, string field, string message, IndexReader reader, Lucene.Net.Analysis.Util.CharArraySet stopWords)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in TokenReader.Read(stemming, field, message))
        {
            if (stopWords.Contains(token.Term))
            {
                continue;
            }

            if (counts.TryGetValue(token.Term, out var count))
            {
                counts[token.Term] = count + 1;
            }
            else if (counts.Count < MaxTerms && !token.Term.Any(char.IsDigit) && reader.DocFreq(new Term(field, token.Term)) > 0)
            {
                counts[token.Term] = 1;
            }
        }

        return counts;
    }
}
