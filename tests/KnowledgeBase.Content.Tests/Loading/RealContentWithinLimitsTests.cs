using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Content.Tests.Loading;

/// <summary>
/// The limits refuse hostile files only: the shipped content and the imported datasets load as
/// before (their largest Markdown file is 78 KB, largest front matter 2.7 KB with 120 values,
/// nesting 4 levels deep, and none of them uses a YAML anchor or a symbolic link).
/// </summary>
public sealed class RealContentWithinLimitsTests
{
    [Fact]
    public void ShippedContent_LoadsEveryFile()
    {
        var content = ContentFactory.Loader.Load(RepositoryPaths.Content);

        Assert.Empty(content.Findings);
        Assert.Equal(Directory.GetFiles(RepositoryPaths.Content, "*.md", SearchOption.AllDirectories).Length, content.Documents.Count);
        Assert.NotEmpty(content.Phrasebooks);
        Assert.NotEmpty(content.Onboarding.Paths);
        Assert.NotEmpty(content.Onboarding.Checks);
    }

    [Theory]
    [InlineData("gitlab-handbook", 2053)]
    [InlineData("office-support-multilingual", 1600)]
    public void ImportedDatasets_LoadAsBefore_AndHitNoLimit(string dataset, int documents)
    {
        var root = dataset == "gitlab-handbook" ? RepositoryPaths.GitLabHandbook : RepositoryPaths.OfficeSupport;

        var content = ContentFactory.Loader.Load(root);

        Assert.Equal(documents, content.Documents.Count);
        Assert.DoesNotContain(content.Findings, f => f.Code is "symlink" or "too-large" or "yaml-anchor" or "yaml-limit");
    }
}
