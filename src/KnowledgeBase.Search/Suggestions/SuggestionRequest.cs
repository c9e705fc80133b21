namespace KnowledgeBase.Search.Suggestions;

/// <summary>A customer's message, pasted by an agent who wants the templates and SOP sections that answer it.</summary>
/// <param name="Message">The message as written; any text is accepted, nothing in it is query syntax.</param>
public sealed record SuggestionRequest(string? Message)
{
    /// <summary>A longer message (a pasted thread) is cut here: its opening says what it is about.</summary>
    public const int MaxMessageLength = 4000;

    /// <summary>Suggest only documents in this language (and read the message as this language); null detects the message's language.</summary>
    public string? Language { get; init; }

    /// <summary>The agent's own languages, likeliest first: a message too short to tell is read in the first of them.</summary>
    public IReadOnlyList<string> AgentLanguages { get; init; } = [];

    /// <summary>How many templates to suggest (1–50).</summary>
    public int Templates { get; init; } = 5;

    /// <summary>How many SOP sections to suggest (0–50), at most one per article.</summary>
    public int Sections { get; init; } = 3;
}
