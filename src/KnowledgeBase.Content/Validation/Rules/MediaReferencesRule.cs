using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Media;

namespace KnowledgeBase.Content.Validation.Rules;

/// <summary>
/// Images and links into <c>/media/…</c> point at files that exist (an error where the link is,
/// since the article shows a broken image); files under <c>media/</c> that no document links to are
/// a warning (left over after an edit, or never used), and so are files there that could never be
/// served (a name or kind the app does not accept).
/// </summary>
public sealed class MediaReferencesRule : IContentRule
{
    public IEnumerable<Finding> Check(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in content.Documents)
        {
            foreach (var link in document.MediaLinks)
            {
                string? problem = "not a media path";
                var relative = MediaPaths.FromUrl(Uri.UnescapeDataString(link.Url));
                var resolved = relative is null ? null : MediaPaths.Resolve(content.Root, relative, out problem);
                if (resolved is null)
                {
                    yield return Finding.Error(document.RelativePath, link.Line, "media", $"media link '{link.Url}' cannot be served: {problem}");
                    continue;
                }

                var (relativePath, fullPath) = resolved.Value;
                used.Add(relativePath);
                if (!File.Exists(fullPath))
                {
                    yield return Finding.Error(document.RelativePath, link.Line, "media", $"media link '{link.Url}' points nowhere: {relativePath} does not exist");
                }
            }
        }

        foreach (var file in ContentTree.List(content.Root, MediaPaths.Folder).Files)
        {
            if (MediaPaths.Resolve(content.Root, file, out var problem) is null)
            {
                yield return Finding.Warning(file, 1, "media", $"this file is never served: {problem}");
            }
            else if (!used.Contains(file))
            {
                yield return Finding.Warning(file, 1, "media-unused", "no article or template links to this file; delete it, or link it where it belongs");
            }
        }
    }
}
