namespace KnowledgeBase.Search.Phrasebook;

/// <summary>A reply after a phrase was replaced, and where the caret belongs: just after the new phrase.</summary>
public sealed record ReplacedText(string Text, int CaretAfter);
