using KnowledgeBase.Search.Querying;

namespace KnowledgeBase.Search.Json;

/// <summary>
/// A search's answer as <c>kb search --json</c> prints it and <c>GET /api/v1/search</c> returns it:
/// one shape, made here only.
/// </summary>
/// <param name="Total">How many documents match (after filters), not how many are returned.</param>
/// <param name="DidYouMean">A corrected query when some words match nothing as typed.</param>
public sealed record SearchResultsJson(
    string Query,
    int Total,
    double TookMs,
    string? DidYouMean,
    IReadOnlyList<SearchHitJson> Results,
    SearchFacetsJson Facets)
{
    public static SearchResultsJson From(SearchResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new SearchResultsJson(
            response.Query,
            response.Total,
            Math.Round(response.TookMs, 3),
            response.DidYouMean,
            [.. response.Results.Select(hit => SearchHitJson.From(hit, withSnippet: true))],
            new SearchFacetsJson(response.Facets.Type, response.Facets.Language, response.Facets.Tag));
    }
}
