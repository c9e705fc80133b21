using System.Security.Cryptography;
using System.Text;

namespace KnowledgeBase.Content.Configuration;

/// <summary>
/// The resolved, absolute folders the app and the CLI work with. Without configuration they are
/// the repository's <c>content/</c> and <c>data/</c>. A content folder other than the default,
/// given without a data folder, gets a data folder of its own under <c>data/by-content/</c>, so
/// two content folders never share one index.
/// </summary>
public sealed record KnowledgeBasePaths(string ContentRoot, string DataRoot)
{
    private const string SolutionFile = "KnowledgeBase.sln";

    /// <summary>The Lucene index folder.</summary>
    public string IndexDirectory => Path.Combine(DataRoot, "index");

    /// <summary>The LiteDB file holding users, history and insights.</summary>
    public string DatabaseFile => Path.Combine(DataRoot, "knowledgebase.db");

    /// <summary>Resolves configured (possibly relative or empty) paths against <paramref name="workingDirectory"/>.</summary>
    public static KnowledgeBasePaths Resolve(string? contentPath, string? dataPath, string? workingDirectory = null)
    {
        workingDirectory ??= Directory.GetCurrentDirectory();
        var repository = FindRepositoryRoot(workingDirectory) ?? FindRepositoryRoot(AppContext.BaseDirectory);
        var home = repository ?? workingDirectory;
        var defaultContent = Path.GetFullPath(Path.Combine(home, "content"));
        var defaultData = Path.GetFullPath(Path.Combine(home, "data"));

        var content = string.IsNullOrWhiteSpace(contentPath)
            ? defaultContent
            : Path.GetFullPath(contentPath, workingDirectory);
        content = Path.TrimEndingDirectorySeparator(content);

        string data;
        if (!string.IsNullOrWhiteSpace(dataPath))
        {
            data = Path.GetFullPath(dataPath, workingDirectory);
        }
        else if (string.Equals(content, defaultContent, StringComparison.Ordinal))
        {
            data = defaultData;
        }
        else
        {
            data = Path.Combine(defaultData, "by-content", DataFolderName(content));
        }

        return new KnowledgeBasePaths(content, Path.TrimEndingDirectorySeparator(data));
    }

    /// <summary>The nearest folder at or above <paramref name="start"/> holding the solution file.</summary>
    public static string? FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    /// <summary>A readable, collision-free folder name for a content folder: its name plus a hash of its full path.</summary>
    private static string DataFolderName(string contentRoot)
    {
        var name = new string(Path.GetFileName(contentRoot).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(contentRoot)))[..12];
        return $"{(name.Length == 0 ? "content" : name)}-{hash}";
    }
}
