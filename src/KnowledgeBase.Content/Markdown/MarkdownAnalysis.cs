using KnowledgeBase.Content.Model;

namespace KnowledgeBase.Content.Markdown;

/// <summary>What search and validation need from a Markdown body: its sections and relative links.</summary>
public sealed record MarkdownAnalysis(IReadOnlyList<Section> Sections, IReadOnlyList<DocumentLink> Links);
