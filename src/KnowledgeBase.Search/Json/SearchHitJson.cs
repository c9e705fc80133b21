using System.Text.Json.Serialization;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Search.Querying;

namespace KnowledgeBase.Search.Json;

/// <summary>
/// One search or suggestion hit as every JSON answer shows it: <c>kb search --json</c>,
/// <c>kb suggest --json</c> and the REST API (<c>/api/v1/search</c>, <c>/api/v1/suggest</c>).
/// </summary>
/// <param name="Type"><c>article</c> or <c>template</c>.</param>
/// <param name="Section">Anchor of the best section; null when the title or summary matched best.</param>
/// <param name="Score">Rounded to four decimals: more says nothing and makes outputs hard to compare.</param>
/// <param name="Snippet">The matching text with the hits marked; left out (not null) where an answer has none (suggestions).</param>
public sealed record SearchHitJson(
    string Id,
    string Type,
    string Lang,
    string Title,
    string? Section,
    string? SectionTitle,
    double Score,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<SnippetSegmentJson>? Snippet)
{
    public static SearchHitJson From(SearchHit hit, bool withSnippet)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return new SearchHitJson(
            hit.Id,
            TypeName(hit.Kind),
            hit.Language,
            hit.Title,
            hit.Section,
            hit.SectionTitle,
            Math.Round(hit.Score, 4),
            withSnippet ? [.. hit.Snippet.Select(s => new SnippetSegmentJson(s.Text, s.Hit))] : null);
    }

    /// <summary>The name a document kind has in JSON and on the command line.</summary>
    public static string TypeName(DocumentKind kind) => kind == DocumentKind.Article ? "article" : "template";
}
