using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Querying;

/// <summary>
/// Whole-phrase bonuses: the complete words in order, and — while the last word is still being
/// typed — the phrase with that word's likeliest completions ("parcel lock" → "parcel lockers").
/// Only where phrases mean something: titles and aliases for documents, headings and text for sections.
/// </summary>
internal static class PhraseClauses
{
    public const int MinPrefixLength = 2;

    private const int MaxCompletions = 10;
    private const int MaxTermsScanned = 200;

    private static readonly string[] DocumentFields = [SearchFields.Title, SearchFields.Alias];
    private static readonly string[] EntryFields = [SearchFields.Heading, SearchFields.Body];

    public static (Query? Documents, Query? Entries) Build(IndexReader reader, List<AnalyzedToken> words, bool typingLastWord, float factor)
    {
        var complete = typingLastWord ? words[..^1] : words;
        var completions = typingLastWord && words.Count >= 2 && words[^1].Term.Length >= MinPrefixLength;
        if (complete.Count < 2 && !completions)
        {
            return (null, null);
        }

        return (Any(DocumentFields), Any(EntryFields));

        Query? Any(string[] fields)
        {
            // The best phrase match counts, once: a phrase in both title and alias is not two phrases.
            var any = new DisjunctionMaxQuery(0f) { Boost = factor };
            foreach (var text in fields)
            {
                var field = SearchFields.Folded(text);
                if (complete.Count >= 2)
                {
                    any.Add(Phrase(field, complete, null));
                }

                if (completions && Completions(reader, field, words[^1].Term) is { Length: > 0 } last)
                {
                    any.Add(Phrase(field, complete, last));
                }
            }

            return any.Disjuncts.Count == 0 ? null : any;
        }

        Query Phrase(string field, List<AnalyzedToken> phraseWords, Term[]? lastWord)
        {
            var phrase = new MultiPhraseQuery { Slop = 1 };
            var first = phraseWords[0].Position;
            foreach (var word in phraseWords)
            {
                phrase.Add([new Term(field, word.Term)], word.Position - first);
            }

            if (lastWord is not null)
            {
                phrase.Add(lastWord, words[^1].Position - first);
            }

            return phrase;
        }
    }

    /// <summary>The most frequent terms of a field that start with <paramref name="prefix"/>, with their entry counts.</summary>
    public static Term[] Completions(IndexReader reader, string field, string prefix) =>
        [.. CompletionsWithFrequency(reader, field, prefix).Select(c => new Term(field, c.Term))];

    public static List<(string Term, int Frequency)> CompletionsWithFrequency(IndexReader reader, string field, string prefix)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            return [];
        }

        var bytes = new BytesRef(prefix);
        var enumerator = terms.GetEnumerator();
        if (enumerator.SeekCeil(bytes) == TermsEnum.SeekStatus.END)
        {
            return [];
        }

        var found = new List<(string Term, int Frequency)>();
        do
        {
            if (!StringHelper.StartsWith(enumerator.Term, bytes))
            {
                break;
            }

            found.Add((enumerator.Term.Utf8ToString(), enumerator.DocFreq));
        }
        while (found.Count < MaxTermsScanned && enumerator.MoveNext());

        return [.. found.OrderByDescending(f => f.Frequency).ThenBy(f => f.Term, StringComparer.Ordinal).Take(MaxCompletions)];
    }
}
