using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// Words as typed, minus case and diacritics: "Doručení" and "doruceni" both become "doruceni",
/// "ёлка" becomes "елка". No stemming and no stop words, so it serves exact words, phrases,
/// prefixes and typo correction in every language.
/// </summary>
internal sealed class FoldingAnalyzer : Analyzer
{
    private static readonly NormalizeCharMap CyrillicYo = BuildYoMap();

    protected override TextReader InitReader(string fieldName, TextReader reader) => new MappingCharFilter(CyrillicYo, reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneVersionInfo.Version, reader);
        TokenStream stream = new LowerCaseFilter(LuceneVersionInfo.Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    private static NormalizeCharMap BuildYoMap()
    {
        var builder = new NormalizeCharMap.Builder();
        builder.Add("ё", "е");
        builder.Add("Ё", "Е");
        return builder.Build();
    }
}
