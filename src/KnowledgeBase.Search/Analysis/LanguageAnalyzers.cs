using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cz;
using Lucene.Net.Analysis.Da;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fi;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Lv;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.No;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.Util;

namespace KnowledgeBase.Search.Analysis;

/// <summary>Lucene's stock analyzer and stop words for each content language.</summary>
internal static class LanguageAnalyzers
{
    /// <summary>A new instance of the language's analyzer (analyzers are thread-safe; create each once).</summary>
    /// <param name="withStopWords">
    /// False keeps stop words, for synonym rules such as "not working" that a stop filter would punch holes in.
    /// </param>
    public static Analyzer Create(string language, bool withStopWords = true)
    {
        var stop = withStopWords ? StopWords(language) : CharArraySet.Empty;
        var version = LuceneVersionInfo.Version;
        return language switch
        {
            "en" => new EnglishAnalyzer(version, stop),
            "cs" => new CzechAnalyzer(version, stop),
            "lv" => new LatvianAnalyzer(version, stop),
            "fr" => new FrenchAnalyzer(version, stop),
            "ru" => new RussianAnalyzer(version, stop),
            "de" => new GermanAnalyzer(version, stop),
            "es" => new SpanishAnalyzer(version, stop),
            "it" => new ItalianAnalyzer(version, stop),
            "pt" => new PortugueseAnalyzer(version, stop),
            "nl" => new DutchAnalyzer(version, stop),
            "sv" => new SwedishAnalyzer(version, stop),
            "da" => new DanishAnalyzer(version, stop),
            "no" => new NorwegianAnalyzer(version, stop),
            "fi" => new FinnishAnalyzer(version, stop),
            // No stemmer ships for these in Analysis.Common (pl, sk, lt, et, uk): words still match exactly and folded.
            _ => new StandardAnalyzer(version, CharArraySet.Empty),
        };
    }

    /// <summary>The language's stop words; empty for languages without a stemmer.</summary>
    public static CharArraySet StopWords(string language) => language switch
    {
        "en" => EnglishAnalyzer.DefaultStopSet,
        "cs" => CzechAnalyzer.DefaultStopSet,
        "lv" => LatvianAnalyzer.DefaultStopSet,
        "fr" => FrenchAnalyzer.DefaultStopSet,
        "ru" => RussianAnalyzer.DefaultStopSet,
        "de" => GermanAnalyzer.DefaultStopSet,
        "es" => SpanishAnalyzer.DefaultStopSet,
        "it" => ItalianAnalyzer.DefaultStopSet,
        "pt" => PortugueseAnalyzer.DefaultStopSet,
        "nl" => DutchAnalyzer.DefaultStopSet,
        "sv" => SwedishAnalyzer.DefaultStopSet,
        "da" => DanishAnalyzer.DefaultStopSet,
        "no" => NorwegianAnalyzer.DefaultStopSet,
        "fi" => FinnishAnalyzer.DefaultStopSet,
        _ => CharArraySet.Empty,
    };
}
