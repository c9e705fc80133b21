using System.Text;
using System.Text.RegularExpressions;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Model;

namespace KnowledgeBase.Content.Media;

/// <summary>
/// Where media files live and how they are named: <c>media/&lt;lang&gt;/&lt;doc-slug&gt;-&lt;hash&gt;.&lt;ext&gt;</c>
/// under the content folder, served at <c>/media/&lt;lang&gt;/…</c>. Every path that comes from a
/// request or a link goes through <see cref="Resolve"/>, which accepts only plain names under
/// <c>media/&lt;lang&gt;/</c> with an accepted extension: no <c>..</c>, no hidden or encoded names,
/// no symbolic links, nothing outside the content folder.
/// </summary>
public static partial class MediaPaths
{
    /// <summary>The folder under the content root.</summary>
    public const string Folder = "media";

    /// <summary>The address prefix media are served under.</summary>
    public const string UrlPrefix = "/media/";

    /// <summary>The normalised relative path (<c>media/en/x.png</c>) and its full path, or null with the reason.</summary>
    public static (string RelativePath, string FullPath)? Resolve(string contentRoot, string relativePath, out string? problem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentRoot);
        problem = Check(relativePath);
        if (problem is not null)
        {
            return null;
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentRoot));
        var full = Path.GetFullPath(Path.Combine(root, Path.Combine(relativePath.Split('/'))));
        if (!full.StartsWith(Path.Combine(root, Folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            problem = "the path leaves the media folder";
            return null;
        }

        if (ContentTree.LinkOnPath(root, relativePath) is { } link)
        {
            problem = $"'{link.RelativePath}' is a symbolic link";
            return null;
        }

        return (relativePath, full);
    }

    /// <summary>The content-relative path a link or request path names (<c>/media/en/x.png</c> → <c>media/en/x.png</c>), or null for anything else.</summary>
    public static string? FromUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var end = url.IndexOfAny(['?', '#']);
        var path = end < 0 ? url : url[..end];
        return path.StartsWith(UrlPrefix, StringComparison.Ordinal) ? Folder + "/" + path[UrlPrefix.Length..] : null;
    }

    /// <summary>True for a link in Markdown that points into the media folder (it may still be invalid).</summary>
    public static bool IsMediaUrl(string url) => url.StartsWith(UrlPrefix, StringComparison.Ordinal);

    /// <summary>The address a media file is served at.</summary>
    public static string UrlFor(string relativePath) => "/" + relativePath;

    /// <summary>
    /// Where a file attached to <paramref name="documentPath"/> (<c>articles/en/returns/refunds.md</c>)
    /// is stored: <c>media/en/refunds-&lt;hash&gt;.png</c>. Null when the path is not a document's.
    /// </summary>
    public static string? ForDocument(string documentPath, string hash, MediaType type)
    {
        ArgumentNullException.ThrowIfNull(documentPath);
        ArgumentNullException.ThrowIfNull(type);
        var segments = documentPath.Replace('\\', '/').Split('/');
        if (segments.Length < 3 || segments[0] is not (ContentLayout.ArticlesFolder or ContentLayout.TemplatesFolder)
            || !Languages.IsSupported(segments[1]) || !segments[^1].EndsWith(".md", StringComparison.Ordinal))
        {
            return null;
        }

        var slug = Slug(segments[^1][..^3]);
        return $"{Folder}/{segments[1]}/{(slug.Length == 0 ? "file" : slug)}-{hash}.{type.Extension}";
    }

    /// <summary>Lower-case ASCII letters, digits and single dashes, at most 60 characters.</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                folded.Append(char.ToLowerInvariant(c));
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                folded.Append('-');
            }
        }

        var slug = Dashes().Replace(folded.ToString(), "-").Trim('-');
        return slug.Length <= 60 ? slug : slug[..60].TrimEnd('-');
    }

    private static string? Check(string relativePath)
    {
        if (string.IsNullOrEmpty(relativePath))
        {
            return "the path is empty";
        }

        var segments = relativePath.Split('/');
        if (segments.Length < 3 || segments[0] != Folder)
        {
            return "media files live in media/<language>/…";
        }

        if (!Languages.IsSupported(segments[1]))
        {
            return $"'{segments[1]}' is not a supported language folder";
        }

        if (segments.Skip(2).FirstOrDefault(s => !SafeName().IsMatch(s) || s.Contains("..", StringComparison.Ordinal)) is { } bad)
        {
            return $"'{bad}' is not a plain file or folder name (letters, digits, '-', '_' and '.')";
        }

        return MediaType.FromExtension(Path.GetExtension(segments[^1])) is null
            ? $"'{segments[^1]}' is not an accepted kind of file ({string.Join(", ", MediaType.All.Select(t => "." + t.Extension))})"
            : null;
    }

    // A name starts with a letter or digit (never a dot: hidden files are the writer's temp files).
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$")]
    private static partial Regex SafeName();

    [GeneratedRegex("-{2,}")]
    private static partial Regex Dashes();
}
