using KnowledgeBase.Content.Limits;
using KnowledgeBase.Content.Validation;

namespace KnowledgeBase.Content.Loading;

/// <summary>
/// Walks the content folder without ever following a symbolic link. A link arrives with
/// <c>git pull</c> like any file and can point anywhere (<c>/etc/passwd</c>, a folder outside, a
/// loop), so every link is listed as skipped and nothing is read through one; with no link
/// followed, nothing the walk lists can lie outside the content folder. Hidden files and folders
/// (<c>.git</c>, editors' temp files) and <c>node_modules</c> are not content and are skipped silently.
/// </summary>
internal static class ContentTree
{
    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
    };

    /// <summary>Every file and link under <paramref name="folder"/> (relative to the root; empty for the whole tree).</summary>
    public static ContentTreeListing List(string root, string folder = "")
    {
        var start = folder.Length == 0 ? root : Path.Combine(root, folder);
        if (folder.Length > 0 && LinkOnPath(root, folder) is { } link)
        {
            // The folder is a link itself (or lies inside one): report the link only where it is.
            return link.RelativePath == Normalize(folder) ? new ContentTreeListing([], [link]) : ContentTreeListing.Empty;
        }

        if (!Directory.Exists(start))
        {
            return ContentTreeListing.Empty;
        }

        var files = new List<string>();
        var links = new List<SkippedLink>();
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(start)]);
        while (pending.TryPop(out var directory))
        {
            foreach (var entry in directory.EnumerateFileSystemInfos("*", OneLevel))
            {
                if (IsSkippedName(entry.Name))
                {
                    continue;
                }

                var relative = Relative(root, entry.FullName);
                if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
                {
                    links.Add(new SkippedLink(relative, entry.LinkTarget ?? "?"));
                }
                else if (entry is DirectoryInfo subfolder)
                {
                    pending.Push(subfolder);
                }
                else
                {
                    files.Add(relative);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        links.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return new ContentTreeListing(files, links);
    }

    /// <summary>
    /// Why the file at <paramref name="relativePath"/> must not be read, checked just before reading
    /// it: it leads out of the content folder, it is a link, or a folder on its way is one. Null when
    /// it may be read. Catches what changed since the walk, and paths that never came from one
    /// (the watcher, <c>kb show</c>).
    /// </summary>
    public static Finding? Refusal(string root, string relativePath)
    {
        var path = Normalize(relativePath);
        if (!IsInside(root, path))
        {
            return Finding.Error(path, 1, LimitCodes.Symlink, "the path leads outside the content folder and is not read");
        }

        return LinkOnPath(root, path) switch
        {
            null => null,
            { } link when link.RelativePath == path => link.ToFinding(),
            { } link => Finding.Error(path, 1, LimitCodes.Symlink,
                $"is inside '{link.RelativePath}', a symbolic link to '{link.Target}', and is not read: links in the content folder are never followed"),
        };
    }

    /// <summary>The first symbolic link met going from the root down to <paramref name="relativePath"/> (the path itself included).</summary>
    public static SkippedLink? LinkOnPath(string root, string relativePath)
    {
        var current = root;
        var walked = "";
        foreach (var segment in Normalize(relativePath).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, segment);
            walked = walked.Length == 0 ? segment : $"{walked}/{segment}";
            if (new FileInfo(current).LinkTarget is { } target)
            {
                return new SkippedLink(walked, target);
            }
        }

        return null;
    }

    /// <summary>True for a name the loader never reads: hidden (<c>.git</c>, <c>.x.md.tmp</c>) or <c>node_modules</c>.</summary>
    public static bool IsSkippedName(string name) => name.StartsWith('.') || name == "node_modules";

    private static bool IsInside(string root, string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        var prefix = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
        return full.StartsWith(prefix, StringComparison.Ordinal);
    }

    private static string Relative(string root, string fullPath) => Path.GetRelativePath(root, fullPath).Replace('\\', '/');

    private static string Normalize(string relativePath) => relativePath.Replace('\\', '/').Trim('/');
}
