using KnowledgeBase.Content.Model;

namespace KnowledgeBase.Content.Markdown;

/// <summary>What search and validation need from a Markdown body: its sections and relative links.</summary>
/// <param name="Problem">Why the body could not be parsed as Markdown (too complex); its sections then hold it as plain text.</param>
public sealed record MarkdownAnalysis(IReadOnlyList<Section> Sections, IReadOnlyList<DocumentLink> Links, string? Problem = null)
{
    /// <summary>Images and links that point into the media folder (<c>/media/…</c>), for <c>kb validate</c>.</summary>
    public IReadOnlyList<DocumentLink> MediaLinks { get; init; } = [];
}
