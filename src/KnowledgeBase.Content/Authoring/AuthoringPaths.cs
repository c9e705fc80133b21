using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Model;

namespace KnowledgeBase.Content.Authoring;

/// <summary>
/// Confines paths coming from the browser to documents inside the content folder:
/// <c>articles/&lt;lang&gt;/….md</c> and <c>templates/&lt;lang&gt;/….md</c>, nothing else.
/// </summary>
public static class AuthoringPaths
{
    /// <summary>
    /// The normalised relative path (forward slashes) and its full path, or an
    /// <see cref="InvalidContentPathException"/> for anything that could escape or is not a document.
    /// </summary>
    public static (string RelativePath, string FullPath) Resolve(string contentRoot, string relativePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentRoot);
        if (string.IsNullOrWhiteSpace(relativePath))
        {
            throw new InvalidContentPathException(relativePath ?? "", "the path is empty");
        }

        var path = relativePath.Replace('\\', '/');
        if (Path.IsPathRooted(relativePath) || path.StartsWith('/') || path.Contains(':', StringComparison.Ordinal))
        {
            throw new InvalidContentPathException(relativePath, "absolute paths are not allowed");
        }

        var segments = path.Split('/');
        foreach (var segment in segments)
        {
            if (segment is "" or "." or "..")
            {
                throw new InvalidContentPathException(relativePath, "empty, '.' and '..' segments are not allowed");
            }

            // Hidden folders and files are skipped by the loader; writing one would make an invisible document.
            if (segment.StartsWith('.') || segment.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || segment.Any(char.IsControl))
            {
                throw new InvalidContentPathException(relativePath, $"'{segment}' is not a valid file or folder name");
            }
        }

        if (!path.EndsWith(".md", StringComparison.Ordinal) || segments[^1].Length <= 3)
        {
            throw new InvalidContentPathException(relativePath, "documents are Markdown files ending in .md");
        }

        if (segments.Length < 3 || segments[0] is not (ContentLayout.ArticlesFolder or ContentLayout.TemplatesFolder))
        {
            throw new InvalidContentPathException(relativePath, "documents live in articles/<language>/… or templates/<language>/…");
        }

        if (!Languages.IsSupported(segments[1]))
        {
            throw new InvalidContentPathException(relativePath, $"'{segments[1]}' is not a supported language folder");
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentRoot));
        var full = Path.GetFullPath(Path.Combine(root, Path.Combine(segments)));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidContentPathException(relativePath, "the path leaves the content folder");
        }

        RejectLinks(root, segments, relativePath);
        return (path, full);
    }

    /// <summary>The kind a valid relative path stands for.</summary>
    public static DocumentKind KindOf(string relativePath) =>
        relativePath.Replace('\\', '/').StartsWith(ContentLayout.TemplatesFolder + "/", StringComparison.Ordinal)
            ? DocumentKind.Template
            : DocumentKind.Article;

    /// <summary>A symlinked folder or file inside the content folder could point anywhere; never write through one.</summary>
    private static void RejectLinks(string root, string[] segments, string original)
    {
        var current = root;
        foreach (var segment in segments)
        {
            current = Path.Combine(current, segment);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (!info.Exists && info.LinkTarget is null)
            {
                return;
            }

            if (info.LinkTarget is not null)
            {
                throw new InvalidContentPathException(original, $"'{segment}' is a symbolic link");
            }
        }
    }
}
