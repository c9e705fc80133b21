using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Search.Querying;

/// <summary>
/// Collects whole-document entries (one per document): keeps the top documents that pass the
/// filters, counts them, and counts facet values, each dimension with the other dimensions'
/// filters applied but not its own. Works on per-segment ordinal arrays, so a broad query that
/// matches most of a large index costs little more than scoring it.
/// </summary>
internal sealed class DocumentCollector(int top, DocumentCollector.Criteria criteria) : ICollector
{
    private readonly PriorityQueue<(int Doc, float Score), (float Score, int Doc)> _top = new(Comparer<(float Score, int Doc)>.Create(
        (a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Doc.CompareTo(a.Doc)));

    private readonly Dictionary<string, int> _kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _languages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _tags = new(StringComparer.Ordinal);
    private Segment? _segment;
    private Scorer? _scorer;

    public int Total { get; private set; }

    /// <summary>
    /// In order. Order would not matter (ties break on doc id either way), but the document query
    /// always has a required clause, so Lucene scores it in order anyway, and only after it has
    /// built (and thrown away) an out-of-order bucket scorer, with every word's postings, to find out.
    /// </summary>
    public bool AcceptsDocsOutOfOrder => false;

    public SearchFacets Facets
    {
        get
        {
            Flush();
            return new SearchFacets(Sorted(_kinds), Sorted(_languages), Sorted(_tags));
        }
    }

    /// <summary>The best documents, best first, as global doc ids with their adjusted scores.</summary>
    public List<(int Doc, float Score)> Top()
    {
        Flush();
        var best = new List<(int Doc, float Score)>(_top.Count);
        while (_top.TryDequeue(out var item, out _))
        {
            best.Add(item);
        }

        best.Reverse();
        return best;
    }

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Flush();
        _segment = new Segment(context, criteria);
    }

    public void Collect(int doc)
    {
        var segment = _segment!;
        var values = segment.Values;
        if (values.Roles[doc] != (int)Indexing.EntryRole.Whole)
        {
            // Only whole-document entries rank documents; a clause that also matches heads or
            // sections must not list a document once per entry.
            return;
        }

        var kind = values.KindOrds[doc];
        var language = values.LanguageOrds[doc];
        var tags = values.TagOrds[doc];
        var kindMatches = segment.KindFilter == Segment.Any || kind == segment.KindFilter;
        var languageMatches = segment.LanguageFilter == Segment.Any || language == segment.LanguageFilter;
        var tagMatches = segment.TagFilter == Segment.Any || Array.IndexOf(tags, segment.TagFilter) >= 0;

        if (kindMatches && languageMatches)
        {
            foreach (var tag in tags)
            {
                segment.TagCounts[tag]++;
            }
        }

        if (languageMatches && tagMatches && kind >= 0)
        {
            segment.KindCounts[kind]++;
        }

        if (kindMatches && tagMatches && language >= 0)
        {
            segment.LanguageCounts[language]++;
        }

        if (!(kindMatches && languageMatches && tagMatches))
        {
            return;
        }

        Total++;
        var score = _scorer!.GetScore()
            * (language >= 0 && language == segment.PreferredLanguage ? criteria.PreferredLanguageBoost : 1f)
            * (language >= 0 && language == segment.GuessedLanguage ? criteria.GuessedLanguageBoost : 1f)
            * (kind >= 0 && kind == segment.PreferredKind ? criteria.PreferredKindBoost : 1f);
        var global = segment.DocBase + doc;
        if (_top.Count < top)
        {
            _top.Enqueue((global, score), (score, global));
        }
        else if (_top.TryPeek(out _, out var lowest) && (score > lowest.Score || (score == lowest.Score && global < lowest.Doc)))
        {
            _top.EnqueueDequeue((global, score), (score, global));
        }
    }

    /// <summary>Turns the finished segment's ordinal counts into value counts.</summary>
    private void Flush()
    {
        if (_segment is not { } segment)
        {
            return;
        }

        Add(_kinds, segment.Values.Kinds, segment.KindCounts);
        Add(_languages, segment.Values.Languages, segment.LanguageCounts);
        Add(_tags, segment.Values.Tags, segment.TagCounts);
        _segment = null;
    }

    private static void Add(Dictionary<string, int> counts, string[] values, int[] ordCounts)
    {
        for (var ord = 0; ord < ordCounts.Length; ord++)
        {
            if (ordCounts[ord] > 0)
            {
                counts[values[ord]] = counts.GetValueOrDefault(values[ord]) + ordCounts[ord];
            }
        }
    }

    private static Dictionary<string, int> Sorted(Dictionary<string, int> counts) =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);

    /// <summary>Filters (null: any) and ranking nudges, as values; resolved to ordinals per segment.</summary>
    internal sealed record Criteria(
        string? Kind,
        string? Language,
        string? Tag,
        string? PreferredLanguage,
        float PreferredLanguageBoost,
        string? GuessedLanguage,
        float GuessedLanguageBoost,
        string? PreferredKind,
        float PreferredKindBoost);

    /// <summary>One segment's values, filter ordinals and counters.</summary>
    private sealed class Segment
    {
        /// <summary>No filter on this dimension; -1 means filtered on a value the segment lacks.</summary>
        public const int Any = -2;

        public Segment(AtomicReaderContext context, Criteria criteria)
        {
            DocBase = context.DocBase;
            Values = SegmentValues.Of(context.AtomicReader);
            KindCounts = new int[Values.Kinds.Length];
            LanguageCounts = new int[Values.Languages.Length];
            TagCounts = new int[Values.Tags.Length];
            KindFilter = criteria.Kind is null ? Any : SegmentValues.OrdOf(Values.Kinds, criteria.Kind);
            LanguageFilter = criteria.Language is null ? Any : SegmentValues.OrdOf(Values.Languages, criteria.Language);
            TagFilter = criteria.Tag is null ? Any : SegmentValues.OrdOf(Values.Tags, criteria.Tag.ToLowerInvariant());
            PreferredLanguage = SegmentValues.OrdOf(Values.Languages, criteria.PreferredLanguage);
            GuessedLanguage = SegmentValues.OrdOf(Values.Languages, criteria.GuessedLanguage);
            PreferredKind = SegmentValues.OrdOf(Values.Kinds, criteria.PreferredKind);
        }

        public int DocBase { get; }

        public SegmentValues Values { get; }

        public int[] KindCounts { get; }

        public int[] LanguageCounts { get; }

        public int[] TagCounts { get; }

        public int KindFilter { get; }

        public int LanguageFilter { get; }

        public int TagFilter { get; }

        public int PreferredLanguage { get; }

        public int GuessedLanguage { get; }

        public int PreferredKind { get; }
    }
}
