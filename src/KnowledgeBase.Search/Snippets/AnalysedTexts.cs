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
        var starts = new List<int>();
        var ends = new List<int>();
        var folded = new List<string>();
        var stemmed = new List<string[]>();
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

            starts.Add(offset.StartOffset);
            ends.Add(offset.EndOffset);
            folded.Add(word);
            stemmed.Add(stems.Of(text.AsSpan(offset.StartOffset, offset.EndOffset - offset.StartOffset), language));
        }

        stream.End();
        return new AnalysedText([.. starts], [.. ends], [.. folded], [.. stemmed]);
    }
}
