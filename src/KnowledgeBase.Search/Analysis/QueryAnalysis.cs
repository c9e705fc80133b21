using Lucene.Net.Analysis;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// How query text is analysed: like the index, plus the content's synonyms. Replaced as a whole
/// when a synonym file changes; the index itself never needs rebuilding for that.
/// </summary>
internal sealed class QueryAnalysis
{
    private readonly Dictionary<string, Analyzer> _stemming = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Analyzer> _folding = new(StringComparer.Ordinal);

    public QueryAnalysis(IndexAnalysis index, SynonymSet synonyms)
    {
        Index = index;
        Synonyms = synonyms;
        foreach (var language in KnowledgeBase.Content.Model.Languages.Supported)
        {
            // With synonyms, query text keeps its stop words so multi-word rules ("not working") can match;
            // stop words find nothing in the stemmed fields, and the planner drops terms the index lacks.
            _stemming[language] = synonyms.Stemmed(language) is { } stemmed
                ? new FoldedLanguageAnalyzer(LanguageAnalyzers.Create(language, withStopWords: false), stemmed)
                : index.Stemming(language);
            _folding[language] = synonyms.Folded(language) is { } folded
                ? new SynonymAnalyzer(index.Folding, folded)
                : index.Folding;
        }
    }

    public IndexAnalysis Index { get; }

    public SynonymSet Synonyms { get; }

    /// <summary>Stemming plus the language's synonyms.</summary>
    public Analyzer Stemming(string language) => _stemming.GetValueOrDefault(language) ?? Index.Stemming(language);

    /// <summary>Folding plus the language's synonyms.</summary>
    public Analyzer Folding(string language) => _folding.GetValueOrDefault(language) ?? Index.Folding;
}
