namespace KnowledgeBase.Templates.Liquid;

/// <summary>What a Liquid template reads, or why it could not be parsed.</summary>
public sealed record LiquidAnalysis(IReadOnlyList<Placeholder> Placeholders, string? Error)
{
    public bool IsValid => Error is null;
}
