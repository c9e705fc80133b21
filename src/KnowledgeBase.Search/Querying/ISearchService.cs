using KnowledgeBase.Search.Indexing;

namespace KnowledgeBase.Search.Querying;

/// <summary>What the app needs from search: answers, the index's progress, and news of changes.</summary>
public interface ISearchService
{
    /// <summary>Raised after changes became searchable.</summary>
    event Action<IndexChanged>? Changed;

    IndexStatus Status { get; }

    /// <summary>Never throws on user text: any input gives results or an empty list.</summary>
    SearchResponse Search(SearchRequest request);
}
