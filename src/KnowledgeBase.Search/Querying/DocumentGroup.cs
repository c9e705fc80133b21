namespace KnowledgeBase.Search.Querying;

/// <summary>A shortlisted document's best head or section entry: where its result points.</summary>
internal sealed class DocumentGroup(string id, string kind, string language)
{
    public string Id { get; } = id;

    public string Kind { get; } = kind;

    public string Language { get; } = language;

    /// <summary>Score of the best head or section entry.</summary>
    public float BestEntryScore { get; set; } = float.NegativeInfinity;

    /// <summary>Global doc id of the best entry.</summary>
    public int BestDoc { get; set; } = -1;

    /// <summary>Index in the document's sections of the best entry; -1 when it is the head.</summary>
    public int BestSection { get; set; } = -1;

    /// <summary>Content hash of the indexed version, to check the in-memory document is the same.</summary>
    public string Hash { get; set; } = string.Empty;
}
