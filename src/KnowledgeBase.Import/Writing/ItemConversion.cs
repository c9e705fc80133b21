namespace KnowledgeBase.Import.Writing;

/// <summary>An item turned into a template, or the reason it cannot be one; notes either way.</summary>
public sealed record ItemConversion(ImportedTemplate? Template, string? Reason, IReadOnlyList<string> Notes);
