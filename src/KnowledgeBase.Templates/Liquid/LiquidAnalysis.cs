namespace KnowledgeBase.Templates.Liquid;

/// <summary>What a Liquid template reads, or why it could not be parsed.</summary>
public sealed record LiquidAnalysis(IReadOnlyList<Placeholder> Placeholders, string? Error)
{
    public bool IsValid => Error is null;

    /// <summary>
    /// Every filter name the template applies (<c>upcase</c>, <c>default</c>, …), each once, as written.
    /// Liquid skips a filter it does not know without a word, so this is where a typo shows.
    /// </summary>
    public IReadOnlyList<string> Filters { get; init; } = [];

    /// <summary>The 1-based line of the analysed text that <see cref="Error"/> is about; null when the text is valid.</summary>
    public int? ErrorLine { get; init; }
}
