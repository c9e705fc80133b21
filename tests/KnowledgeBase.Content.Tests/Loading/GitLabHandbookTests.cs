using KnowledgeBase.Content.Validation;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Content.Tests.Loading;

/// <summary>Real-world Markdown: 2,059 GitLab handbook pages with shortcodes, capitalised keys and CRLF.</summary>
public sealed class GitLabHandbookTests
{
    [Fact]
    public void AllHandbookFiles_LoadWithoutAnException_AndTheBadOnesBecomeFindings()
    {
        var root = RepositoryPaths.GitLabHandbook;
        var files = Directory.GetFiles(root, "*.md", SearchOption.AllDirectories);
        Assert.Equal(2059, files.Length);

        var report = ContentFactory.Validate(root);
        var content = ContentFactory.Loader.Load(root);

        var unreadable = report.Findings.Where(f => f.Code == "yaml").Select(f => f.Path).ToHashSet();
        Assert.Equal(files.Length, content.Documents.Count + unreadable.Count);
        Assert.InRange(unreadable.Count, 1, 20);
        Assert.All(report.Findings, f => Assert.True(f.Line >= 1, f.ToString()));
        Assert.All(content.Documents, d => Assert.False(string.IsNullOrWhiteSpace(d.Title), d.Id));
        Assert.Contains(content.Documents, d => d.Sections.Count > 3);
        Assert.Contains(report.Findings, f => f.Code == "link" && f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void CapitalisedTitleKey_IsRead()
    {
        var root = RepositoryPaths.GitLabHandbook;
        var capitalised = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .First(f => File.ReadLines(f).Take(10).Any(l => l.StartsWith("Title:", StringComparison.Ordinal)));

        var result = ContentFactory.Loader.LoadFile(root, Path.GetRelativePath(root, capitalised));

        Assert.DoesNotContain(result.Findings, f => f.Code == "missing-title");
        Assert.NotNull(result.Document);
    }
}
