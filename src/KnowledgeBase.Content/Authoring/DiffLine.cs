namespace KnowledgeBase.Content.Authoring;

/// <summary>One line of a line diff, with its 1-based number in the old and/or the new text.</summary>
public sealed record DiffLine(DiffLineKind Kind, string Text, int? OldNumber, int? NewNumber);
