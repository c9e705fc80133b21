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
/// <para>
/// Reused from one document to the next on one indexing thread (its buffers were a quarter of a
/// build's allocations): the entries of a document read these buffers, so they must be indexed
/// before the next document is mapped with the same instance. Not thread-safe.
/// </para>
/// </summary>
internal sealed class DocumentTokens(Analyzer analyzer)
{
    private readonly Dictionary<string, CapturedTokens> _folded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CapturedTokens> _stemmed = new(StringComparer.Ordinal);
    private readonly List<CapturedTokens> _buffers = [];
    private AttributeSource _attributes = new();
    private int _buffersInUse;
    private string _language = string.Empty;

    /// <summary>Starts a document: what the previous one captured is forgotten and its buffers reused.</summary>
    public void Begin(string language)
    {
        _language = language;
        _folded.Clear();
        _stemmed.Clear();
        _buffersInUse = 0;

        // The streams of one document share one attribute set; a fresh set per document keeps a
        // stream of the previous document, if anyone still held one, from seeing this one's words.
        _attributes = new AttributeSource();
    }

    /// <summary>Adds the folded and stemmed fields (<paramref name="field"/><c>_fold</c>, <paramref name="field"/><c>_xx</c>) of the texts, in order, as one value.</summary>
    public void AddFields(Document entry, string field, IReadOnlyList<string> texts, FieldType type)
    {
        entry.Add(Field(SearchFields.Folded(field), texts, _folded, type));
        entry.Add(Field(SearchFields.Stemmed(field, _language), texts, _stemmed, type));
    }

    private Field Field(string name, IReadOnlyList<string> texts, Dictionary<string, CapturedTokens> captured, FieldType type)
    {
        var tokens = new CapturedTokens[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            if (!captured.TryGetValue(texts[i], out var known))
            {
                // Every text field of one kind (_fold, or this language's _xx) is analysed by the same chain, so the field name only picks it.
                known = NextBuffer();
                known.Capture(analyzer, name, texts[i]);
                captured[texts[i]] = known;
            }

            tokens[i] = known;
        }

        return new Field(name, new ReplayTokenStream(_attributes, tokens), type);
    }

    private CapturedTokens NextBuffer()
    {
        if (_buffersInUse == _buffers.Count)
        {
            _buffers.Add(new CapturedTokens());
        }

        return _buffers[_buffersInUse++];
    }
}
