using System.Text.Json;
using KnowledgeBase.Benchmarks.Measurements;
using KnowledgeBase.Content.Loading;

namespace KnowledgeBase.Benchmarks.Peers;

/// <summary>Writes the corpus (section by section, as our index sees it) and the queries for bench.mjs.</summary>
public static class PeerExport
{
    public static (string Docs, string Queries) Write(ContentSet content, IReadOnlyList<BenchmarkQuery> queries, string directory)
    {
        Directory.CreateDirectory(directory);
        var docs = Path.Combine(directory, "docs.jsonl");
        using (var writer = new StreamWriter(docs))
        {
            foreach (var document in content.Documents)
            {
                foreach (var section in document.Sections)
                {
                    writer.WriteLine(JsonSerializer.Serialize(new
                    {
                        id = $"{document.Id}#{section.Anchor}",
                        doc = document.Id,
                        lang = document.Language,
                        title = document.Title,
                        heading = section.Heading,
                        text = section.Text,
                    }));
                }
            }
        }

        var queryFile = Path.Combine(directory, "queries.jsonl");
        File.WriteAllLines(queryFile, queries.Select(q => JsonSerializer.Serialize(new { q = q.Text, kind = q.Kind })));
        return (docs, queryFile);
    }
}
