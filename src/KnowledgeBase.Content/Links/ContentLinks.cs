namespace KnowledgeBase.Content.Links;

/// <summary>
/// Resolves links written in Markdown relative to the file they are in, e.g.
/// <c>../returns/refunds.md#restocking-fee</c> in <c>articles/en/shipping/delivery-times.md</c>.
/// </summary>
public static class ContentLinks
{
    /// <summary>True for a link to another file in the content folder (no scheme, host or root).</summary>
    public static bool IsRelative(string url)
    {
        var path = PathPart(url);
        if (path.Length == 0 || path[0] is '/' or '\\' || path.StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }

        // "mailto:x", "https://x", "javascript:x" — but not a Windows-looking "C:" drive, which is never valid here anyway.
        var colon = path.IndexOf(':', StringComparison.Ordinal);
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        return colon < 0 || (slash >= 0 && slash < colon);
    }

    /// <summary>The anchor after <c>#</c>, if any.</summary>
    public static string? AnchorPart(string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 && hash < url.Length - 1 ? Uri.UnescapeDataString(url[(hash + 1)..]) : null;
    }

    /// <summary>
    /// The content-root-relative path (forward slashes) a relative link points to, or null when it
    /// leaves the content folder.
    /// </summary>
    public static string? ResolvePath(string fromRelativePath, string url)
    {
        var path = Uri.UnescapeDataString(PathPart(url)).Replace('\\', '/');
        var segments = new List<string>(fromRelativePath.Replace('\\', '/').Split('/'));
        segments.RemoveAt(segments.Count - 1);
        foreach (var segment in path.Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (segments.Count == 0)
                    {
                        return null;
                    }

                    segments.RemoveAt(segments.Count - 1);
                    break;
                default:
                    segments.Add(segment);
                    break;
            }
        }

        return segments.Count == 0 ? null : string.Join('/', segments);
    }

    /// <summary>The id of the document a relative <c>.md</c> link points to, or null.</summary>
    public static string? ResolveDocumentId(string fromRelativePath, string url)
    {
        if (!IsRelative(url))
        {
            return null;
        }

        var path = ResolvePath(fromRelativePath, url);
        return path is not null && path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? path[..^3] : null;
    }

    private static string PathPart(string url)
    {
        var end = url.IndexOfAny(['#', '?']);
        return (end < 0 ? url : url[..end]).Trim();
    }
}
