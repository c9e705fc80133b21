using Lucene.Net.Search.Similarities;

namespace KnowledgeBase.Search.Querying;

/// <summary>
/// BM25 plus the coordination factor BM25 leaves out: a document matching three of four query
/// words outranks one that matches a single word many times or in its title.
/// </summary>
internal sealed class CoordinatedBm25Similarity : BM25Similarity
{
    public override float Coord(int overlap, int maxOverlap) => maxOverlap == 0 ? 1f : overlap / (float)maxOverlap;
}
