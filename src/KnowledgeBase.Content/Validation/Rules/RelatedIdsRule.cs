using KnowledgeBase.Content.Loading;

namespace KnowledgeBase.Content.Validation.Rules;

/// <summary>Every id under <c>related:</c> names a document that exists.</summary>
public sealed class RelatedIdsRule : IContentRule
{
    public IEnumerable<Finding> Check(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        foreach (var document in content.Documents)
        {
            foreach (var related in document.Related)
            {
                var id = Normalize(related.Value);
                if (id == document.Id)
                {
                    yield return Finding.Warning(document.RelativePath, related.Line, "related", $"related id '{related.Value}' is this document itself");
                }
                else if (!content.Contains(id))
                {
                    yield return Finding.Error(document.RelativePath, related.Line, "related",
                        $"related id '{related.Value}' does not exist{Suggest(content, id)}");
                }
            }
        }
    }

    /// <summary>Accepts the forgivable spellings: a leading slash or a trailing <c>.md</c>.</summary>
    public static string Normalize(string id)
    {
        id = id.Trim().Replace('\\', '/').TrimStart('/');
        return id.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? id[..^3] : id;
    }

    private static string Suggest(ContentSet content, string id)
    {
        var slug = id[(id.LastIndexOf('/') + 1)..];
        var match = content.Documents.FirstOrDefault(d => d.Id.EndsWith("/" + slug, StringComparison.Ordinal));
        return match is null ? string.Empty : $" (did you mean '{match.Id}'?)";
    }
}
