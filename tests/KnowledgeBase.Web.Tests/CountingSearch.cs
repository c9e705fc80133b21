using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Querying;

namespace KnowledgeBase.Web.Tests;

/// <summary>The real search, counting the requests it receives (to prove debouncing).</summary>
internal sealed class CountingSearch(SearchIndex index) : ISearchService
{
    private readonly List<SearchRequest> _requests = [];

    public IndexStatus Status => index.Status;

    public IReadOnlyList<SearchRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>When set, every search throws it (an index that broke under the page).</summary>
    public Exception? Failure { get; set; }

    public SearchResponse Search(SearchRequest request)
    {
        lock (_requests)
        {
            _requests.Add(request);
        }

        if (Failure is { } failure)
        {
            throw failure;
        }

        return index.Search(request);
    }
}
