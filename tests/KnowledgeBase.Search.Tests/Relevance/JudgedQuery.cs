using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeBase.Search.Tests.Relevance;

/// <summary>One line of judged-queries.jsonl: a query and the document (and section) that must answer it.</summary>
public sealed record JudgedQuery(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("q")] string Query,
    [property: JsonPropertyName("lang")] string? Language,
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("expect")] string Expect,
    [property: JsonPropertyName("section")] string? Section,
    [property: JsonPropertyName("note")] string? Note)
{
    public static IReadOnlyList<JudgedQuery> Load() =>
        [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Relevance", "judged-queries.jsonl"))
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonSerializer.Deserialize<JudgedQuery>(line)!)];

    public override string ToString() => $"{Id} [{Category}] \"{Query}\"";
}
