using KnowledgeBase.Import.Placeholders;

namespace KnowledgeBase.Import.Writing;

/// <summary>Everything an imported template's file says, before it is written out.</summary>
/// <param name="Status"><c>inactive</c> for an item switched off in the help desk; null otherwise.</param>
/// <param name="SourceTitle">The help desk's title when it differs from <paramref name="Title"/> (categories in front).</param>
/// <param name="SourceNotes">The help desk's description or note, settings a template cannot carry, and the original shortcut when it had to change.</param>
/// <param name="ImportNotes">What the conversion changed or left out.</param>
public sealed record ImportedTemplate(
    string Title,
    string? Shortcut,
    IReadOnlyList<string> Tags,
    IReadOnlyList<ImportedField> Fields,
    string? Status,
    string Source,
    string? SourceTitle,
    IReadOnlyList<string> SourceCategories,
    IReadOnlyList<string> SourceRestrictions,
    IReadOnlyList<string> SourceNotes,
    IReadOnlyList<string> ImportNotes,
    string Body);
