using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// Words as typed, minus case and diacritics: "Doručení" and "doruceni" both become "doruceni",
/// "ёлка" becomes "елка"; elided articles and possessives come off ("l'envoi" and "l’envoi" are
/// "envoi", "customer's" is "customer"). No stemming and no stop words, so it serves exact words,
/// phrases, prefixes and typo correction in every language.
/// </summary>
internal sealed class FoldingAnalyzer : Analyzer
{
    /// <summary>Gap between the values of a multi-valued field (aliases, headings), so a phrase never spans two.</summary>
    public const int ValueGap = 100;

    public override int GetPositionIncrementGap(string fieldName) => ValueGap;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneVersionInfo.Version, reader);
        TokenStream stream = new LowerCaseFilter(LuceneVersionInfo.Version, tokenizer);
        stream = new ElisionFilter(stream, LanguageStemmers.Articles);
        stream = new EnglishPossessiveFilter(LuceneVersionInfo.Version, stream);
        stream = new CyrillicYoFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
