namespace KnowledgeBase.Search.Json;

/// <summary>How many matching documents each filter value would give (see <see cref="Querying.SearchFacets"/>).</summary>
public sealed record SearchFacetsJson(
    IReadOnlyDictionary<string, int> Type,
    IReadOnlyDictionary<string, int> Lang,
    IReadOnlyDictionary<string, int> Tag);
