using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// The analysed words of one document's texts, each text analysed once per chain (folding, and the
/// language's stemming) however many fields it goes into: a section's text goes into its entry and
/// into the whole-document <c>all</c> field, a heading into three fields. Before, every word went
/// through both chains at least twice, which was most of a build's time. The index holds exactly
/// the terms, frequencies and lengths the fields' analyzer makes of the same texts.
/// One per document; not thread-safe.
/// </summary>
internal sealed class DocumentTokens(Analyzer analyzer, string language)
{
    private readonly Dictionary<string, CapturedTokens> _folded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CapturedTokens> _stemmed = new(StringComparer.Ordinal);
    private readonly AttributeSource _attributes = new();

    /// <summary>Adds the folded and stemmed fields (<paramref name="field"/><c>_fold</c>, <paramref name="field"/><c>_xx</c>) of the texts, in order, as one value.</summary>
    public void AddFields(Document entry, string field, IReadOnlyList<string> texts, FieldType type)
    {
        entry.Add(Field(SearchFields.Folded(field), texts, _folded, type));
        entry.Add(Field(SearchFields.Stemmed(field, language), texts, _stemmed, type));
    }

    private Field Field(string name, IReadOnlyList<string> texts, Dictionary<string, CapturedTokens> captured, FieldType type)
    {
        var tokens = new CapturedTokens[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            if (!captured.TryGetValue(texts[i], out var known))
            {
                // Every text field of one kind (_fold, or this language's _xx) is analysed by the same chain, so the field name only picks it.
                known = CapturedTokens.Capture(analyzer, name, texts[i]);
                captured[texts[i]] = known;
            }

            tokens[i] = known;
        }

        return new Field(name, new ReplayTokenStream(_attributes, tokens), type);
    }
}
