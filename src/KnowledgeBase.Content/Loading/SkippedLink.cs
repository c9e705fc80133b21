using KnowledgeBase.Content.Limits;
using KnowledgeBase.Content.Validation;

namespace KnowledgeBase.Content.Loading;

/// <summary>A symbolic link met in the content folder. It is never followed, and always reported.</summary>
/// <param name="RelativePath">The link's own path from the content root, forward slashes.</param>
/// <param name="Target">Where the link points, as written in it.</param>
public sealed record SkippedLink(string RelativePath, string Target)
{
    /// <summary>The error <c>kb validate</c> reports for the link.</summary>
    public Finding ToFinding() => Finding.Error(RelativePath, 1, LimitCodes.Symlink,
        $"symbolic link to '{Target}' is not read: links in the content folder are never followed, because they can point anywhere; put the file itself here");
}
