using KnowledgeBase.Content.Model;

namespace KnowledgeBase.Search.Querying;

/// <summary>What an agent asked for. Any text is accepted; nothing in it is query syntax.</summary>
/// <param name="Query">The text as typed; the last word counts as a prefix unless the text ends with a space.</param>
public sealed record SearchRequest(string? Query)
{
    /// <summary>Search only this language (and analyse the query as this language); null searches all.</summary>
    public string? Language { get; init; }

    public DocumentKind? Kind { get; init; }

    public string? Tag { get; init; }

    /// <summary>How many grouped results to return (1–100).</summary>
    public int Top { get; init; } = 10;

    /// <summary>Results in this language rank a little higher (the agent's own language).</summary>
    public string? PreferredLanguage { get; init; }
}
