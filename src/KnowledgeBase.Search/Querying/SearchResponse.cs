namespace KnowledgeBase.Search.Querying;

/// <summary>The grouped results of a search.</summary>
/// <param name="Total">How many documents match (after filters), not how many are returned.</param>
/// <param name="DidYouMean">A corrected query when some words match nothing as typed.</param>
public sealed record SearchResponse(
    string Query,
    int Total,
    double TookMs,
    string? DidYouMean,
    IReadOnlyList<SearchHit> Results,
    SearchFacets Facets)
{
    public static SearchResponse Empty(string query) => new(query, 0, 0, null, [], SearchFacets.Empty);
}
