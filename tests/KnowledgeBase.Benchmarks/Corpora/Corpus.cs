namespace KnowledgeBase.Benchmarks.Corpora;

/// <summary>A named content folder to benchmark.</summary>
public sealed record Corpus(string Name, string Description, string Root);
