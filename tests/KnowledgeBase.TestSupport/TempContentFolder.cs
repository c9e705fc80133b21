using System.Text;

namespace KnowledgeBase.TestSupport;

/// <summary>A content folder in the temp directory, written file by file, deleted on dispose.</summary>
public sealed class TempContentFolder : IDisposable
{
    public TempContentFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "kb-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>Writes a file (UTF-8, no BOM) at a path relative to the root and returns its full path.</summary>
    public string Write(string relativePath, string text) => WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Creates a symbolic link at a path relative to the root (file or folder alike) and returns its full path.</summary>
    public string Link(string relativePath, string target)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
        return path;
    }

    /// <summary>Writes an article with the given front matter lines and body.</summary>
    public string Article(string id, string frontMatter, string body = "Body text.\n") =>
        Write($"{id}.md", $"---\n{frontMatter.TrimEnd('\n')}\n---\n{body}");

    /// <summary>Copies a whole folder (e.g. the shipped content) into this one.</summary>
    public TempContentFolder CopyFrom(string source)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a test's background work; the temp folder is cleaned by the OS eventually.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
