using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// A language's stemming chain, as Lucene's analyzer for it builds it, with our steps in between:
/// stop words matched with or without accents, "ё" read as "е" before the Russian stemmer, at index
/// time each accented word's unaccented twin stemmed too, then every stem folded (so "doruceni"
/// meets "doručení"), and at query time the content's synonyms over the folded stems.
/// </summary>
internal sealed class StemmingAnalyzer(string language, CharArraySet stopWords, bool indexUnaccentedTwins, SynonymMap? synonyms = null) : Analyzer
{
    public override int GetPositionIncrementGap(string fieldName) => FoldingAnalyzer.ValueGap;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var version = LuceneVersionInfo.Version;
        var tokenizer = new StandardTokenizer(version, reader);
        TokenStream stream = new StandardFilter(version, tokenizer);
        stream = LanguageStemmers.Prepare(language, stream);
        stream = new LowerCaseFilter(version, stream);
        stream = new CyrillicYoFilter(stream);
        if (stopWords.Count > 0)
        {
            stream = new StopFilter(version, stream, stopWords);
        }

        if (indexUnaccentedTwins)
        {
            stream = new UnaccentedTwinFilter(stream);
        }

        stream = LanguageStemmers.Stem(language, stream);
        stream = new ASCIIFoldingFilter(stream);
        if (synonyms is { Fst: not null })
        {
            stream = new SynonymFilter(stream, synonyms, ignoreCase: true);
        }

        // A twin that stems like its original would count the word twice.
        stream = new SamePositionDuplicateFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
