using KnowledgeBase.Content.Configuration;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Content.Tests.Configuration;

public sealed class KnowledgeBasePathsTests
{
    [Fact]
    public void Defaults_AreTheRepositoryContentAndDataFolders()
    {
        var paths = KnowledgeBasePaths.Resolve(null, null, RepositoryPaths.Root);

        Assert.Equal(Path.Combine(RepositoryPaths.Root, "content"), paths.ContentRoot);
        Assert.Equal(Path.Combine(RepositoryPaths.Root, "data"), paths.DataRoot);
        Assert.Equal(Path.Combine(RepositoryPaths.Root, "data", "index"), paths.IndexDirectory);
    }

    [Fact]
    public void RelativePaths_ResolveAgainstTheWorkingDirectory()
    {
        var paths = KnowledgeBasePaths.Resolve("my-content", "my-data", "/tmp/work");

        Assert.Equal("/tmp/work/my-content", paths.ContentRoot);
        Assert.Equal("/tmp/work/my-data", paths.DataRoot);
    }

    [Fact]
    public void OtherContentWithoutData_GetsItsOwnDataFolder_PerContentFolder()
    {
        var first = KnowledgeBasePaths.Resolve("/tmp/a/content", null, RepositoryPaths.Root);
        var second = KnowledgeBasePaths.Resolve("/tmp/b/content", null, RepositoryPaths.Root);
        var again = KnowledgeBasePaths.Resolve("/tmp/a/content/", null, RepositoryPaths.Root);

        Assert.NotEqual(first.DataRoot, second.DataRoot);
        Assert.Equal(first.DataRoot, again.DataRoot);
        Assert.StartsWith(Path.Combine(RepositoryPaths.Root, "data", "by-content", "content-"), first.DataRoot, StringComparison.Ordinal);
    }
}
