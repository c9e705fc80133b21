using KnowledgeBase.Search.Indexing;

namespace KnowledgeBase.Search.Querying;

/// <summary>
/// What the app needs from search: answers and the index's progress. News of changes comes from
/// <see cref="KnowledgeBase.Content.Library.IContentUpdates"/>, once the library and the index both have them.
/// </summary>
public interface ISearchService
{
    IndexStatus Status { get; }

    /// <summary>Never throws on user text: any input gives results or an empty list.</summary>
    SearchResponse Search(SearchRequest request);
}
