namespace KnowledgeBase.Content.Model;

/// <summary>A fill-in field a reply template declares in front matter.</summary>
/// <param name="Name">The placeholder path it fills, e.g. <c>customer.first_name</c>.</param>
public sealed record TemplateField(
    string Name,
    string Label,
    bool Required,
    string? Default,
    TemplateFieldType Type,
    IReadOnlyList<string> Options,
    int Line);
