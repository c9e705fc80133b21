using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Search.Scoring;

/// <summary>
/// Per-field statistics taken from the entries that have the field, as Lucene 6+ does: the average
/// length over entries with the field, and the entry count for idf. Lucene 4.8 divides by
/// <c>maxDoc</c>, which counts heads and sections too and makes whole-document fields look a tenth
/// of their real length. Remembered per reader: they only change when the reader does.
/// </summary>
internal static class FieldStatistics
{
    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, (long DocCount, float AverageLength)>> Cache = new();

    /// <summary>Entries that have the field, and their average length (1 when unknown).</summary>
    public static (long DocCount, float AverageLength) Of(IndexSearcher searcher, string field)
    {
        var perReader = Cache.GetValue(searcher.IndexReader, _ => new ConcurrentDictionary<string, (long, float)>(StringComparer.Ordinal));
        return perReader.GetOrAdd(field, name =>
        {
            var statistics = searcher.CollectionStatistics(name);
            var docCount = statistics.DocCount > 0 ? statistics.DocCount : statistics.MaxDoc;
            var average = statistics.SumTotalTermFreq > 0 && docCount > 0 ? statistics.SumTotalTermFreq / (float)docCount : 1f;
            return (docCount, average);
        });
    }

    /// <summary>BM25's non-negative idf.</summary>
    public static float Idf(long docFreq, long docCount) =>
        (float)Math.Log(1 + ((docCount - docFreq + 0.5) / (docFreq + 0.5)));
}
