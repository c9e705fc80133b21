namespace KnowledgeBase.Content.Markdown;

/// <summary>A slice of Markdown source under a heading (null for the text before the first one).</summary>
/// <param name="Line">1-based file line where <paramref name="Text"/> starts.</param>
public sealed record HeadingSplit(string? Heading, string Text, int Line);
