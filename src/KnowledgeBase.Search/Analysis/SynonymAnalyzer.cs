using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;

namespace KnowledgeBase.Search.Analysis;

/// <summary>Another analyzer's tokens, expanded with synonyms (query time only).</summary>
internal sealed class SynonymAnalyzer(Analyzer inner, SynonymMap synonyms) : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
{
    protected override Analyzer GetWrappedAnalyzer(string fieldName) => inner;

    protected override TokenStreamComponents WrapComponents(string fieldName, TokenStreamComponents components) =>
        synonyms.Fst is null
            ? components
            : new TokenStreamComponents(components.Tokenizer, new SynonymFilter(components.TokenStream, synonyms, ignoreCase: true));
}
