using KnowledgeBase.Content.Model;

namespace KnowledgeBase.Search.Querying;

/// <summary>One document in the results, with the section that matched best.</summary>
/// <param name="Section">Anchor of the best section; null when the title or summary matched best.</param>
/// <param name="SectionTitle">That section's heading; null with <paramref name="Section"/>.</param>
public sealed record SearchHit(
    string Id,
    DocumentKind Kind,
    string Language,
    string Title,
    string? Section,
    string? SectionTitle,
    float Score,
    IReadOnlyList<SnippetSegment> Snippet);
