using System.Text;
using KnowledgeBase.Search.Analysis;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Util;

namespace KnowledgeBase.Search.Snippets;

/// <summary>
/// Words a snippet never marks: the language's index stop words plus Snowball's longer list of
/// function words. Lucene's English stop set has 33 words and leaves out "you", "can" and "do";
/// the index keeps those (they tell documents apart a little), but a snippet that lights up every
/// "you" hides the words that made the result. Folded like the snippet's tokens.
/// </summary>
internal sealed class SmallWords
{
    /// <summary>Snowball's stop list file for each language that has one (shipped inside Analysis.Common).</summary>
    private static readonly Dictionary<string, string> SnowballFiles = new(StringComparer.Ordinal)
    {
        ["en"] = "english", ["da"] = "danish", ["nl"] = "dutch", ["fi"] = "finnish", ["fr"] = "french",
        ["de"] = "german", ["it"] = "italian", ["no"] = "norwegian", ["pt"] = "portuguese", ["ru"] = "russian",
        ["es"] = "spanish", ["sv"] = "swedish",
    };

    /// <summary>Modal verbs Snowball's English list lacks; "can" and "will" fill customers' questions.</summary>
    private static readonly string[] EnglishExtras = ["can", "cannot", "will", "may", "might", "must", "shall"];

    private readonly Dictionary<string, CharArraySet> _byLanguage = new(StringComparer.Ordinal);

    public SmallWords(IndexAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        foreach (var (language, stopWords) in analysis.StopWords)
        {
            var set = new CharArraySet(LuceneVersionInfo.Version, stopWords.Count * 2, ignoreCase: false);
            set.UnionWith(stopWords);
            foreach (var word in Snowball(language).Concat(language == "en" ? EnglishExtras : []))
            {
                set.Add(word);
                set.Add(StopWords.Fold(word));
            }

            _byLanguage[language] = set;
        }
    }

    /// <summary>Whether the folded token is a small word in the language.</summary>
    public bool Contains(char[] buffer, int length, string language) =>
        _byLanguage.TryGetValue(language, out var set) && set.Contains(buffer, 0, length);

    /// <inheritdoc cref="Contains(char[], int, string)"/>
    public bool Contains(string word, string language) =>
        _byLanguage.TryGetValue(language, out var set) && set.Contains(word);

    private static IEnumerable<string> Snowball(string language)
    {
        if (!SnowballFiles.TryGetValue(language, out var file))
        {
            return [];
        }

        using var stream = typeof(SnowballFilter).Assembly.GetManifestResourceStream($"Lucene.Net.Analysis.Common.Analysis.Snowball.{file}_stop.txt")
            ?? throw new InvalidOperationException($"Lucene.Net.Analysis.Common no longer ships {file}_stop.txt");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return [.. WordlistLoader.GetSnowballWordSet(reader, LuceneVersionInfo.Version).Select(w => w.ToString()!)];
    }
}
