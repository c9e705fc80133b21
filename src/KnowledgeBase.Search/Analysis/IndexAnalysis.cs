using KnowledgeBase.Content.Model;
using KnowledgeBase.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Util;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// The analyzers that decide what the index contains: folding for <c>_fold</c> fields and each
/// language's stemming (with unaccented twins, then folding) for <c>_xx</c> fields. Fixed for the
/// life of an index writer.
/// </summary>
internal sealed class IndexAnalysis : IDisposable
{
    private readonly Dictionary<string, Analyzer> _stemming = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CharArraySet> _stopWords = new(StringComparer.Ordinal);
    private readonly KeywordAnalyzer _keyword = new();

    public IndexAnalysis()
    {
        Folding = new FoldingAnalyzer();
        var perField = new Dictionary<string, Analyzer>(StringComparer.Ordinal);
        foreach (var language in Languages.Supported)
        {
            _stopWords[language] = Analysis.StopWords.Of(language);
            _stemming[language] = new StemmingAnalyzer(language, _stopWords[language], indexUnaccentedTwins: true);
            foreach (var text in SearchFields.Texts)
            {
                perField[SearchFields.Stemmed(text, language)] = _stemming[language];
            }
        }

        foreach (var keyword in SearchFields.Keywords)
        {
            perField[keyword] = _keyword;
        }

        Index = new PerFieldAnalyzerWrapper(Folding, perField);
    }

    /// <summary>Lower-case and fold, no stemming: the <c>_fold</c> fields.</summary>
    public Analyzer Folding { get; }

    /// <summary>The analyzer the index writer uses, field by field.</summary>
    public Analyzer Index { get; }

    /// <summary>Each language's stop words, with and without accents.</summary>
    public IReadOnlyDictionary<string, CharArraySet> StopWords => _stopWords;

    /// <summary>The language's stemming analyzer as used at index time (also for snippets).</summary>
    public Analyzer Stemming(string language) => _stemming.GetValueOrDefault(language) ?? _stemming[Languages.Default];

    public bool IsStopWord(string word, IEnumerable<string> languages) =>
        languages.Any(language => _stopWords.TryGetValue(language, out var set) && set.Contains(word));

    public void Dispose()
    {
        Index.Dispose();
        Folding.Dispose();
        _keyword.Dispose();
        foreach (var analyzer in _stemming.Values)
        {
            analyzer.Dispose();
        }
    }
}
