namespace KnowledgeBase.Import.Html;

/// <summary>A body as reply text, and what the conversion left out or changed (for the report).</summary>
public sealed record ConvertedBody(string Text, IReadOnlyList<string> Notes);
