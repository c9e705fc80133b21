namespace KnowledgeBase.Search.Querying;

/// <summary>All matching index entries of one document: its best-scoring entry and facet values.</summary>
internal sealed class DocumentGroup(string id, string kind, string language, string[] tags)
{
    public string Id { get; } = id;

    public string Kind { get; } = kind;

    public string Language { get; } = language;

    public string[] Tags { get; } = tags;

    /// <summary>The document's score: its best head or section entry, or its whole-document entry if higher.</summary>
    public float Score { get; set; } = float.NegativeInfinity;

    /// <summary>Score of the best head or section entry.</summary>
    public float BestEntryScore { get; set; } = float.NegativeInfinity;

    /// <summary>Global doc id of the best head or section entry; -1 when only the whole-document entry matched.</summary>
    public int BestDoc { get; set; } = -1;

    /// <summary>Global doc id of the whole-document entry, when it matched.</summary>
    public int WholeDoc { get; set; } = -1;
}
