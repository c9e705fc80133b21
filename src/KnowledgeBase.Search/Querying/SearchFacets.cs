namespace KnowledgeBase.Search.Querying;

/// <summary>
/// How many matching documents each filter value would give. Each dimension is counted with the
/// other dimensions' filters applied but not its own, so choosing a language still shows the others.
/// </summary>
public sealed record SearchFacets(
    IReadOnlyDictionary<string, int> Type,
    IReadOnlyDictionary<string, int> Language,
    IReadOnlyDictionary<string, int> Tag)
{
    public static SearchFacets Empty { get; } = new(new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<string, int>());
}
