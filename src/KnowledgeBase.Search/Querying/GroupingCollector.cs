using KnowledgeBase.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Search.Querying;

/// <summary>
/// Collects head and section entries and keeps, per document, the best-scoring one: where the
/// result points. Entries of a document are indexed as one block, head first, and arrive in order:
/// on a tie the head stays the best, so a match that no section beats does not pick one arbitrarily.
/// </summary>
internal sealed class GroupingCollector : ICollector
{
    private readonly Dictionary<string, DocumentGroup> _groups = new(StringComparer.Ordinal);
    private Scorer? _scorer;
    private SegmentValues? _values;
    private int _docBase;

    public IReadOnlyCollection<DocumentGroup> Groups => _groups.Values;

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _docBase = context.DocBase;
        _values = SegmentValues.Of(context.AtomicReader);
    }

    public void Collect(int doc)
    {
        var values = _values!;
        var idOrd = values.IdOrds[doc];
        if (idOrd < 0 || values.Roles[doc] == (int)EntryRole.Whole)
        {
            return;
        }

        var id = values.Ids[idOrd];
        if (!_groups.TryGetValue(id, out var group))
        {
            group = new DocumentGroup(id, Value(values.Kinds, values.KindOrds[doc]), Value(values.Languages, values.LanguageOrds[doc]))
            {
                Hash = Value(values.Hashes, values.HashOrds[doc]),
            };
            _groups[id] = group;
        }

        var score = _scorer!.GetScore();
        if (score > group.BestEntryScore)
        {
            group.BestEntryScore = score;
            group.BestDoc = _docBase + doc;
            group.BestSection = values.Sections[doc];
        }
    }

    private static string Value(string[] values, int ord) => ord >= 0 ? values[ord] : string.Empty;
}
