using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace KnowledgeBase.Search.Phrasebook;

/// <summary>
/// A language's own analyzer (built without stop words), each stem stemmed once more, then folded
/// so a word typed without diacritics meets its stem: the words of phrases in inflected languages.
/// </summary>
internal sealed class PhraseStemAnalyzer(Analyzer language, string code) : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
{
    protected override Analyzer GetWrappedAnalyzer(string fieldName) => language;

    protected override TokenStreamComponents WrapComponents(string fieldName, TokenStreamComponents components)
    {
        var stream = components.TokenStream;
        if (PhraseStemmers.Create(code) is { } stem)
        {
            stream = new StemAgainFilter(stream, stem);
        }

        return new TokenStreamComponents(components.Tokenizer, new ASCIIFoldingFilter(stream));
    }
}
