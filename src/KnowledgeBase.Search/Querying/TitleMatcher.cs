using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Indexing;

namespace KnowledgeBase.Search.Querying;

/// <summary>
/// Tells which typed words a title or heading names, in any form (folded, stemmed, completed from a
/// prefix): where a result points depends on it. Titles and headings are analysed once and
/// remembered (bounded), since every search asks about the same few thousand of them.
/// </summary>
internal sealed class TitleMatcher(IndexAnalysis analysis)
{
    private const int MaxRemembered = 50_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Text, string Language), (HashSet<string> Folded, HashSet<string> Stems)> _forms = new();

    /// <summary>Every typed word is in the text, in some form (folded, stemmed, or completed from a prefix).</summary>
    public bool NamesAll(QueryPlan plan, string text, string language) =>
        plan.Words.Count > 0 && Forms(text, language) is var forms && plan.Words.All(word => Matches(word, forms));

    /// <summary>For each typed word, whether the text has it in some form.</summary>
    public bool[] Named(QueryPlan plan, string text, string language) =>
        Forms(text, language) is var forms ? [.. plan.Words.Select(word => Matches(word, forms))] : [];

    /// <summary>The text repeats the title word for word: it refers to the document by name.</summary>
    public bool RepeatsTitle(string text, string title)
    {
        var titleWords = TokenReader.Read(analysis.Folding, SearchFields.Folded(SearchFields.Title), title).Select(t => t.Term).ToList();
        var textWords = TokenReader.Read(analysis.Folding, SearchFields.Folded(SearchFields.Body), text).Select(t => t.Term).ToList();
        for (var start = 0; titleWords.Count > 0 && start + titleWords.Count <= textWords.Count; start++)
        {
            if (textWords.Skip(start).Take(titleWords.Count).SequenceEqual(titleWords, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>At least one typed word is in the text.</summary>
    public bool NamesAny(QueryPlan plan, string text, string language) =>
        Forms(text, language) is var forms && plan.Words.Any(word => Matches(word, forms));

    private static bool Matches(QueryWord word, (HashSet<string> Folded, HashSet<string> Stems) forms) =>
        forms.Folded.Contains(word.Folded)
        || word.Stems.Overlaps(forms.Stems)
        || (word.IsPrefix && forms.Folded.Any(f => f.StartsWith(word.Folded, StringComparison.Ordinal)));

    private (HashSet<string> Folded, HashSet<string> Stems) Forms(string text, string language)
    {
        if (_forms.TryGetValue((text, language), out var known))
        {
            return known;
        }

        if (_forms.Count >= MaxRemembered)
        {
            _forms.Clear();
        }

        return _forms[(text, language)] = (
            [.. TokenReader.Read(analysis.Folding, SearchFields.Folded(SearchFields.Title), text).Select(t => t.Term)],
            [.. TokenReader.Read(analysis.Stemming(language), SearchFields.Stemmed(SearchFields.Title, language), text).Select(t => t.Term)]);
    }
}
