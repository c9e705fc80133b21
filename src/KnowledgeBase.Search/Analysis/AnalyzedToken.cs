namespace KnowledgeBase.Search.Analysis;

/// <summary>A token an analyzer produced, with its position and character offsets in the input.</summary>
internal readonly record struct AnalyzedToken(string Term, int Position, int Start, int End);
