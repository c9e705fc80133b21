namespace KnowledgeBase.Search.Analysis;

/// <summary>A synonym rule that could not be used, with its 1-based line.</summary>
public sealed record SynonymProblem(string Language, int Line, string Message);
