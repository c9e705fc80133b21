using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Util;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// How query text is analysed: like the index (without the unaccented twins, which the index
/// already holds), plus the content's synonyms. Replaced as a whole when a synonym file changes;
/// the index itself never needs rebuilding for that.
/// </summary>
internal sealed class QueryAnalysis
{
    private readonly Dictionary<string, Analyzer> _stemming = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Analyzer> _words = new(StringComparer.Ordinal);

    public QueryAnalysis(IndexAnalysis index, SynonymSet synonyms)
    {
        Index = index;
        Synonyms = synonyms;
        foreach (var language in KnowledgeBase.Content.Model.Languages.Supported)
        {
            // With synonyms, message text keeps its stop words so multi-word rules ("not working") can match.
            var map = synonyms.Stemmed(language);
            _stemming[language] = new StemmingAnalyzer(language, map is null ? index.StopWords[language] : CharArraySet.Empty, indexUnaccentedTwins: false, map);
            _words[language] = new StemmingAnalyzer(language, CharArraySet.Empty, indexUnaccentedTwins: false);
        }
    }

    public IndexAnalysis Index { get; }

    public SynonymSet Synonyms { get; }

    /// <summary>Stemming plus the language's synonyms, as loose tokens (suggestions weigh a message's terms).</summary>
    public Analyzer Stemming(string language) => _stemming.GetValueOrDefault(language) ?? Index.Stemming(language);

    /// <summary>
    /// Each word's stem, stop words included and no synonyms: one token per typed word, so the planner
    /// can look whole synonym phrases up itself (<see cref="SynonymExpansion"/>).
    /// </summary>
    public Analyzer StemmedWords(string language) => _words.GetValueOrDefault(language) ?? Index.Stemming(language);
}
