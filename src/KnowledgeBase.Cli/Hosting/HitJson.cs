using KnowledgeBase.Content.Model;
using KnowledgeBase.Search.Querying;

namespace KnowledgeBase.Cli.Hosting;

/// <summary>One search or suggestion hit as the JSON output shows it, the same in every command.</summary>
internal static class HitJson
{
    public static Dictionary<string, object?> Of(SearchHit hit, bool withSnippet)
    {
        var json = new Dictionary<string, object?>
        {
            ["id"] = hit.Id,
            ["type"] = hit.Kind == DocumentKind.Article ? "article" : "template",
            ["lang"] = hit.Language,
            ["title"] = hit.Title,
            ["section"] = hit.Section,
            ["sectionTitle"] = hit.SectionTitle,
            ["score"] = Math.Round(hit.Score, 4),
        };
        if (withSnippet)
        {
            json["snippet"] = hit.Snippet.Select(s => new { text = s.Text, hit = s.Hit });
        }

        return json;
    }
}
