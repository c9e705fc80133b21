using System.Runtime.CompilerServices;
using KnowledgeBase.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Querying;

/// <summary>
/// One segment's per-entry values — id, kind, language, tags, role, section, hash — copied from
/// doc values into arrays once, the first time a query touches the segment. Lucene.NET reads doc
/// values from disk through a packed reader on every access; collecting tens of thousands of hits
/// that way cost more than scoring them. Segments are immutable, so the copy stays valid for the
/// segment's life (deletions are applied by the searcher, not here).
/// </summary>
internal sealed class SegmentValues
{
    private static readonly ConditionalWeakTable<object, SegmentValues> Cache = new();

    private SegmentValues(AtomicReader reader)
    {
        var count = reader.MaxDoc;
        (IdOrds, Ids) = Sorted(reader.GetSortedDocValues(SearchFields.IdValues), count);
        (KindOrds, Kinds) = Sorted(reader.GetSortedDocValues(SearchFields.KindValues), count);
        (LanguageOrds, Languages) = Sorted(reader.GetSortedDocValues(SearchFields.LanguageValues), count);
        (HashOrds, Hashes) = Sorted(reader.GetSortedDocValues(SearchFields.HashValues), count);
        (Roles, Sections) = Placements(reader.GetNumericDocValues(SearchFields.Placement), count);
        (TagOrds, Tags) = SortedSet(reader.GetSortedSetDocValues(SearchFields.TagValues), count);
    }

    public int[] IdOrds { get; }

    public string[] Ids { get; }

    public int[] KindOrds { get; }

    public string[] Kinds { get; }

    public int[] LanguageOrds { get; }

    public string[] Languages { get; }

    public int[] HashOrds { get; }

    public string[] Hashes { get; }

    public int[] Roles { get; }

    public int[] Sections { get; }

    /// <summary>Tag ordinals per entry (empty for none).</summary>
    public int[][] TagOrds { get; }

    public string[] Tags { get; }

    public static SegmentValues Of(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentValues(reader));

    /// <summary>The ordinal of a value, or -1 when no entry in the segment has it.</summary>
    public static int OrdOf(string[] values, string? value) => value is null ? -1 : Array.IndexOf(values, value);

    private static (int[] Ords, string[] Values) Sorted(SortedDocValues? values, int count)
    {
        var ords = new int[count];
        if (values is null)
        {
            Array.Fill(ords, -1);
            return (ords, []);
        }

        for (var doc = 0; doc < count; doc++)
        {
            ords[doc] = values.GetOrd(doc);
        }

        return (ords, Lookup(values.ValueCount, values.LookupOrd));
    }

    private static (int[] Roles, int[] Sections) Placements(NumericDocValues? values, int count)
    {
        var roles = new int[count];
        var sections = new int[count];
        for (var doc = 0; doc < count; doc++)
        {
            if (values is null)
            {
                roles[doc] = -1;
                sections[doc] = -1;
                continue;
            }

            var placement = values.Get(doc);
            roles[doc] = (int)EntryPlacement.Role(placement);
            sections[doc] = EntryPlacement.SectionIndex(placement);
        }

        return (roles, sections);
    }

    private static (int[][] Ords, string[] Values) SortedSet(SortedSetDocValues? values, int count)
    {
        var ords = new int[count][];
        if (values is null)
        {
            Array.Fill(ords, []);
            return (ords, []);
        }

        var scratch = new List<int>();
        for (var doc = 0; doc < count; doc++)
        {
            scratch.Clear();
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                scratch.Add((int)ord);
            }

            ords[doc] = scratch.Count == 0 ? [] : [.. scratch];
        }

        return (ords, Lookup((int)values.ValueCount, (ord, bytes) => values.LookupOrd(ord, bytes)));
    }

    /// <summary>Ordinal-to-value table.</summary>
    private static string[] Lookup(int count, Action<int, BytesRef> lookup)
    {
        var values = new string[count];
        var bytes = new BytesRef();
        for (var ord = 0; ord < count; ord++)
        {
            lookup(ord, bytes);
            values[ord] = bytes.Utf8ToString();
        }

        return values;
    }
}
