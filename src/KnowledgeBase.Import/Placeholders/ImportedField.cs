namespace KnowledgeBase.Import.Placeholders;

/// <summary>A field an imported template declares, so the form asks for it.</summary>
public sealed record ImportedField(string Name, string Label, bool Required);
