using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Util;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// Each language's stop words as Lucene lists them, plus their unaccented spellings: an agent types
/// "etait" and "meme", and those are stop words as much as "était" and "même".
/// </summary>
internal static class StopWords
{
    public static CharArraySet Of(string language)
    {
        var stock = LanguageAnalyzers.StopWords(language);
        var set = new CharArraySet(LuceneVersionInfo.Version, stock.Count * 2, ignoreCase: false);
        foreach (var word in stock)
        {
            var text = word;
            set.Add(text);
            set.Add(Fold(text));
        }

        return set;
    }

    public static string Fold(string word)
    {
        var folded = new char[word.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(word.ToCharArray(), 0, folded, 0, word.Length);
        return new string(folded, 0, length).Replace('ё', 'е');
    }
}
