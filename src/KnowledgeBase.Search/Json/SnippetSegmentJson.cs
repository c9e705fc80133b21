namespace KnowledgeBase.Search.Json;

/// <summary>A piece of a snippet in the JSON answers: its text, and whether it matched the query.</summary>
public sealed record SnippetSegmentJson(string Text, bool Hit);
