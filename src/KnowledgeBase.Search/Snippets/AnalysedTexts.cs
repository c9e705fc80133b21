using System.Collections.Concurrent;
using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Indexing;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeBase.Search.Snippets;

/// <summary>
/// Section texts as snippets see them: each word's place, folded form and stems, remembered per
/// text and language. Every keystroke builds a snippet for each of the ten results, mostly over the
/// same sections as the keystroke before; running the folding chain and looking up the stems of
/// every word of a long handbook section was a third of a search's time. Bounded by the number of
/// words remembered: forgotten all at once when full.
/// </summary>
internal sealed class AnalysedTexts(IndexAnalysis analysis, WordStems stems)
{
    private const int MaxTokens = 2_000_000;

    private readonly ConcurrentDictionary<(string Text, string Language), AnalysedText> _texts = new();
    private readonly ConcurrentDictionary<string, string> _words = new(StringComparer.Ordinal);
    private int _tokens;

    public AnalysedText Of(string text, string language)
    {
        if (_texts.TryGetValue((text, language), out var known))
        {
            return known;
        }

        var analysed = Analyse(text, language);
        if (Interlocked.Add(ref _tokens, analysed.Count) > MaxTokens)
        {
            _texts.Clear();
            _words.Clear();
            Interlocked.Exchange(ref _tokens, analysed.Count);
        }

        return _texts[(text, language)] = analysed;
    }

    private AnalysedText Analyse(string text, string language)
    {
        // Sized for about one word per six characters: growing these lists was about 8 % of what a query allocated.
        var expected = text.Length / 6 + 4;
        var starts = new List<int>(expected);
        var ends = new List<int>(expected);
        var ids = new List<int>(expected);
        var folded = new List<string>(expected / 2);
        var stemmed = new List<string[]>(expected / 2);
        var distinct = new Dictionary<(string Folded, string[] Stems), int>(expected / 2, DistinctWord.Comparer);
        var words = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        using var stream = analysis.Folding.GetTokenStream(SearchFields.Folded(SearchFields.Body), new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var span = term.Buffer.AsSpan(0, term.Length);
            if (!words.TryGetValue(span, out var word))
            {
                word = span.ToString();
                _words.TryAdd(word, word);
            }

            // Same folded word and same stems (one remembered array per spelling): the same decision to mark.
            var wordStems = stems.Of(text.AsSpan(offset.StartOffset, offset.EndOffset - offset.StartOffset), language);
            if (!distinct.TryGetValue((word, wordStems), out var id))
            {
                id = folded.Count;
                distinct[(word, wordStems)] = id;
                folded.Add(word);
                stemmed.Add(wordStems);
            }

            starts.Add(offset.StartOffset);
            ends.Add(offset.EndOffset);
            ids.Add(id);
        }

        stream.End();
        return new AnalysedText([.. starts], [.. ends], [.. ids], [.. folded], [.. stemmed]);
    }

    /// <summary>Words compared by identity: folded words are interned above and stems come from <see cref="WordStems"/>'s memory.</summary>
    private sealed class DistinctWord : IEqualityComparer<(string Folded, string[] Stems)>
    {
        public static readonly DistinctWord Comparer = new();

        public bool Equals((string Folded, string[] Stems) x, (string Folded, string[] Stems) y) =>
            ReferenceEquals(x.Folded, y.Folded) && ReferenceEquals(x.Stems, y.Stems);

        public int GetHashCode((string Folded, string[] Stems) word) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(word.Folded), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(word.Stems));
    }
}
