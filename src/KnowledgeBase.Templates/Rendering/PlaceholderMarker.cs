namespace KnowledgeBase.Templates.Rendering;

/// <summary>Where a <c>⟦label⟧</c> marker sits in a rendered text.</summary>
/// <param name="Start">Index of the opening <c>⟦</c>.</param>
/// <param name="Length">Length including both brackets.</param>
public sealed record PlaceholderMarker(int Start, int Length, string Label);
