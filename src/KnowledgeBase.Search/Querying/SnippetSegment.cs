namespace KnowledgeBase.Search.Querying;

/// <summary>A piece of a snippet: plain text, and whether it matched the query. The UI marks hits itself.</summary>
public sealed record SnippetSegment(string Text, bool Hit);
