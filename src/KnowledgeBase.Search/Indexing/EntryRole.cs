namespace KnowledgeBase.Search.Indexing;

/// <summary>What an index entry stands for within its document.</summary>
internal enum EntryRole
{
    /// <summary>Title, aliases, summary and introduction: "the document as a whole" in results.</summary>
    Head = 0,

    /// <summary>One H2/H3 section.</summary>
    Section = 1,

    /// <summary>All the document's text; adds to its rank, never chosen as the place to open.</summary>
    Whole = 2,
}
