using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace KnowledgeBase.Search.Scoring;

/// <summary>
/// BM25 for the plain term and phrase queries beside <see cref="Bm25fQuery"/> (phrases, codes,
/// suggestions), with two changes. Statistics come from the entries that have the field, as in
/// Lucene 6+, not from <c>maxDoc</c>, which counts heads and sections too. And the coordination
/// factor BM25 leaves out: a document matching three of four typed words outranks one that
/// matches a single word many times.
/// </summary>
internal sealed class EntryBm25Similarity : BM25Similarity
{
    public override float Coord(int overlap, int maxOverlap) => maxOverlap == 0 ? 1f : overlap / (float)maxOverlap;

    protected override float AvgFieldLength(CollectionStatistics collectionStats)
    {
        var docCount = collectionStats.DocCount > 0 ? collectionStats.DocCount : collectionStats.MaxDoc;
        return collectionStats.SumTotalTermFreq <= 0 || docCount <= 0 ? 1f : collectionStats.SumTotalTermFreq / (float)docCount;
    }

    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics termStats)
    {
        var docCount = collectionStats.DocCount > 0 ? collectionStats.DocCount : collectionStats.MaxDoc;
        var idf = FieldStatistics.Idf(termStats.DocFreq, Math.Max(docCount, termStats.DocFreq));
        return new Explanation(idf, $"idf(docFreq={termStats.DocFreq}, docCount={docCount})");
    }

    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics[] termStats)
    {
        var details = termStats.Select(t => IdfExplain(collectionStats, t)).ToList();
        var explanation = new Explanation(details.Sum(d => d.Value), "idf(), sum of:");
        details.ForEach(explanation.AddDetail);
        return explanation;
    }
}
