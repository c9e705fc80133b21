using KnowledgeBase.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Querying;

/// <summary>
/// Collects every matching entry and keeps, per document, the best-scoring head or section entry
/// (where the result points) and the document's score (that entry or the whole-document entry,
/// whichever is higher). Entries of a document are indexed as one block, head first, and arrive in
/// order: on a tie the head stays the best, so a title-only match does not pick an arbitrary section.
/// </summary>
internal sealed class GroupingCollector : ICollector
{
    private readonly Dictionary<string, DocumentGroup> _groups = new(StringComparer.Ordinal);
    private readonly BytesRef _scratch = new();
    private Dictionary<int, DocumentGroup> _segment = [];
    private Scorer? _scorer;
    private SortedDocValues? _ids;
    private SortedDocValues? _kinds;
    private SortedDocValues? _languages;
    private SortedSetDocValues? _tags;
    private NumericDocValues? _roles;
    private int _docBase;

    public IReadOnlyCollection<DocumentGroup> Groups => _groups.Values;

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.AtomicReader;
        _docBase = context.DocBase;
        _ids = reader.GetSortedDocValues(SearchFields.IdValues);
        _kinds = reader.GetSortedDocValues(SearchFields.KindValues);
        _languages = reader.GetSortedDocValues(SearchFields.LanguageValues);
        _tags = reader.GetSortedSetDocValues(SearchFields.TagValues);
        _roles = reader.GetNumericDocValues(SearchFields.Role);
        _segment = [];
    }

    public void Collect(int doc)
    {
        if (_ids is null)
        {
            return;
        }

        var ord = _ids.GetOrd(doc);
        if (ord < 0)
        {
            return;
        }

        if (!_segment.TryGetValue(ord, out var group))
        {
            _ids.LookupOrd(ord, _scratch);
            var id = _scratch.Utf8ToString();
            if (!_groups.TryGetValue(id, out group))
            {
                group = new DocumentGroup(id, Value(_kinds, doc), Value(_languages, doc), Tags(doc));
                _groups[id] = group;
            }

            _segment[ord] = group;
        }

        var score = _scorer!.GetScore();
        if (_roles?.Get(doc) == (long)EntryRole.Whole)
        {
            group.WholeDoc = _docBase + doc;
        }
        else if (score > group.BestEntryScore)
        {
            group.BestEntryScore = score;
            group.BestDoc = _docBase + doc;
        }

        group.Score = Math.Max(group.Score, score);
    }

    private string Value(SortedDocValues? values, int doc)
    {
        if (values is null || values.GetOrd(doc) is var ord && ord < 0)
        {
            return string.Empty;
        }

        values.LookupOrd(ord, _scratch);
        return _scratch.Utf8ToString();
    }

    private string[] Tags(int doc)
    {
        if (_tags is null)
        {
            return [];
        }

        var tags = new List<string>();
        _tags.SetDocument(doc);
        for (var ord = _tags.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = _tags.NextOrd())
        {
            _tags.LookupOrd(ord, _scratch);
            tags.Add(_scratch.Utf8ToString());
        }

        return [.. tags];
    }
}
