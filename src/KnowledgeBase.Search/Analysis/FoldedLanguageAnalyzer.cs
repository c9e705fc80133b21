using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Synonym;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// A language's own analyzer (stop words, stemming), followed by optional synonyms and then
/// diacritic folding, so an inflected word typed without accents still meets its stem.
/// </summary>
internal sealed class FoldedLanguageAnalyzer(Analyzer language, SynonymMap? synonyms = null)
    : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
{
    protected override Analyzer GetWrappedAnalyzer(string fieldName) => language;

    public override int GetPositionIncrementGap(string fieldName) => FoldingAnalyzer.ValueGap;

    protected override TokenStreamComponents WrapComponents(string fieldName, TokenStreamComponents components)
    {
        var stream = components.TokenStream;
        if (synonyms is { } map && map.Fst is not null)
        {
            stream = new SynonymFilter(stream, map, ignoreCase: true);
        }

        return new TokenStreamComponents(components.Tokenizer, new ASCIIFoldingFilter(stream));
    }
}
