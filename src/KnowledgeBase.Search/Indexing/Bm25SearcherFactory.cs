using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Search.Indexing;

/// <summary>Every searcher scores with BM25, like the writer.</summary>
internal sealed class Bm25SearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new Scoring.EntryBm25Similarity() };
}
