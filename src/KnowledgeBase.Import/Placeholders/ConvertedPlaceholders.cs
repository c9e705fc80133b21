namespace KnowledgeBase.Import.Placeholders;

/// <summary>A body with our placeholders, the fields it needs declared, and what changed; or why it cannot be a template.</summary>
public sealed record ConvertedPlaceholders(string Text, IReadOnlyList<ImportedField> Fields, IReadOnlyList<string> Notes, string? Error = null)
{
    public bool IsValid => Error is null;

    public static ConvertedPlaceholders Failed(string error) => new(string.Empty, [], [], error);
}
