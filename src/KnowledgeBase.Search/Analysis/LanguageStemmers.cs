using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cz;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Lv;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// The stemming step of each language's Lucene analyzer, and the filters that prepare words for it
/// (elision, possessives), so the chain can be assembled with steps of our own in between.
/// The stemmers are the ones Lucene's own analyzers use; languages without one pass words through.
/// </summary>
internal static class LanguageStemmers
{
    /// <summary>Articles elided before a vowel, in the languages that do it (l'envoi, dell'ordine, d'informació).</summary>
    public static readonly CharArraySet Articles = new(LuceneVersionInfo.Version,
        ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu",
         "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl", "sugl", "un", "v"],
        ignoreCase: true);

    /// <summary>Filters that run before lower-casing: possessives and elisions.</summary>
    public static TokenStream Prepare(string language, TokenStream stream) => language switch
    {
        "en" => new EnglishPossessiveFilter(LuceneVersionInfo.Version, stream),
        "fr" => new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES),
        "it" => new ElisionFilter(stream, Articles),
        _ => stream,
    };

    /// <summary>The language's stemmer over lower-case words.</summary>
    public static TokenStream Stem(string language, TokenStream stream) => language switch
    {
        "en" => new PorterStemFilter(stream),
        "cs" => new CzechStemFilter(stream),
        "lv" => new LatvianStemFilter(stream),
        "fr" => new FrenchLightStemFilter(stream),
        "ru" => new SnowballFilter(stream, new RussianStemmer()),
        "de" => new GermanLightStemFilter(new GermanNormalizationFilter(stream)),
        "es" => new SpanishLightStemFilter(stream),
        "it" => new ItalianLightStemFilter(stream),
        "pt" => new PortugueseLightStemFilter(stream),
        "nl" => new SnowballFilter(stream, new DutchStemmer()),
        "sv" => new SnowballFilter(stream, new SwedishStemmer()),
        "da" => new SnowballFilter(stream, new DanishStemmer()),
        "no" => new SnowballFilter(stream, new NorwegianStemmer()),
        "fi" => new SnowballFilter(stream, new FinnishStemmer()),
        _ => stream,
    };
}
