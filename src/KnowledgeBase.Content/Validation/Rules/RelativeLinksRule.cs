using KnowledgeBase.Content.Links;
using KnowledgeBase.Content.Loading;

namespace KnowledgeBase.Content.Validation.Rules;

/// <summary>Every relative link in Markdown points to a file (or folder) that exists, and to a real section.</summary>
public sealed class RelativeLinksRule : IContentRule
{
    public IEnumerable<Finding> Check(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        foreach (var document in content.Documents)
        {
            foreach (var link in document.Links)
            {
                var target = ContentLinks.ResolvePath(document.RelativePath, link.Url);
                if (target is null)
                {
                    yield return Finding.Error(document.RelativePath, link.Line, "link", $"link '{link.Url}' points outside the content folder");
                    continue;
                }

                var full = Path.Combine(content.Root, target);
                if (!File.Exists(full) && !Directory.Exists(full) && !File.Exists(full + ".md"))
                {
                    yield return Finding.Error(document.RelativePath, link.Line, "link", $"link '{link.Url}' points nowhere: {target} does not exist");
                    continue;
                }

                var anchor = ContentLinks.AnchorPart(link.Url);
                var linked = ContentLinks.ResolveDocumentId(document.RelativePath, link.Url) is { } id ? content.Find(id) : null;
                if (anchor is not null && linked is not null && !linked.Sections.Any(s => s.Anchor == anchor))
                {
                    yield return Finding.Warning(document.RelativePath, link.Line, "link", $"link '{link.Url}': {linked.Id} has no section '#{anchor}'");
                }
            }
        }
    }
}
