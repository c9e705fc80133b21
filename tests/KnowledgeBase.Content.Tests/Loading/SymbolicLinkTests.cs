using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Validation;
using KnowledgeBase.TestSupport;
using KnowledgeBase.TestSupport.Hostile;

namespace KnowledgeBase.Content.Tests.Loading;

/// <summary>
/// A symbolic link in the content folder arrives with a <c>git pull</c> and can point anywhere
/// (<c>/etc/passwd</c>, <c>/proc/self/environ</c>, another repository). Links are never followed:
/// each one is an error naming it, nothing is read through it, and everything else loads.
/// </summary>
public sealed class SymbolicLinkTests : IDisposable
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(10);

    private readonly TempContentFolder _folder = new();
    private readonly TempContentFolder _outside = new();

    public SymbolicLinkTests()
    {
        _folder.Article("articles/en/good", "title: Good");
        _folder.Write("templates/en/fine.md", "---\ntitle: Fine\n---\nHello {{ agent.name }}\n");
        _outside.Article("articles/en/secret", "title: Secret from outside");
        _outside.Write("secret.md", "---\ntitle: Secret file\n---\nsecret body\n");
        _outside.Write("en.yml", "- avoid: Secret\n  prefer: [Outside]\n");
        _outside.Write("outside.checks.yml", "- id: q\n  question: Q?\n  answers:\n    - text: a\n      correct: true\n    - b\n");
        _outside.Write("path.yml", "title: Outside\nrole: supervisor\nlanguage: en\nsteps:\n  - read: articles/en/good\n");
    }

    public void Dispose()
    {
        _folder.Dispose();
        _outside.Dispose();
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("/proc/self/environ")]
    public void LinkToASystemFile_IsNeverLoaded_AndIsAnErrorNamingItAndItsTarget(string target)
    {
        _folder.Link("articles/en/leak.md", target);

        var content = Load();

        AssertOnlyTheGoodFilesLoaded(content);
        var finding = Assert.Single(content.Findings);
        Assert.Equal(("articles/en/leak.md", 1, FindingSeverity.Error, "symlink"), (finding.Path, finding.Line, finding.Severity, finding.Code));
        Assert.Contains(target, finding.Message, StringComparison.Ordinal);
        Assert.Contains("symbolic link", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LinkToAFileOutside_AndLinkToAFileInside_AreBothSkipped()
    {
        _folder.Link("articles/en/outside.md", Path.Combine(_outside.Root, "secret.md"));
        _folder.Link("articles/en/inside.md", Path.Combine(_folder.Root, "articles/en/good.md"));

        var content = Load();

        AssertOnlyTheGoodFilesLoaded(content);
        Assert.Equal(["articles/en/inside.md", "articles/en/outside.md"], LinkFindings(content));
    }

    [Fact]
    public void LinkedFolders_AtAnyDepth_AreNotEntered()
    {
        _folder.Link("articles/en/linked", Path.Combine(_outside.Root, "articles/en"));
        _folder.Link("articles/en/a/b/c/d/deep", _outside.Root);
        _folder.Link("articles/cs", Path.Combine(_outside.Root, "articles/en"));
        _folder.Link("templates/en/up", Path.Combine(_folder.Root, "articles"));

        var content = Load();

        AssertOnlyTheGoodFilesLoaded(content);
        Assert.Equal(["articles/cs", "articles/en/a/b/c/d/deep", "articles/en/linked", "templates/en/up"], LinkFindings(content));
    }

    [Fact]
    public void LinkedPhrasebookPathAndCheckFiles_AndLinkedFoldersOfThem_AreNotRead()
    {
        _folder.Link("phrasebook/en.yml", Path.Combine(_outside.Root, "en.yml"));
        _folder.Link("paths/outside.yml", Path.Combine(_outside.Root, "path.yml"));
        _folder.Link("articles/en/good.checks.yml", Path.Combine(_outside.Root, "outside.checks.yml"));
        _folder.Link("synonyms", _outside.Root);

        var content = Load();

        AssertOnlyTheGoodFilesLoaded(content);
        Assert.Empty(content.Phrasebooks);
        Assert.Empty(content.Synonyms);
        Assert.Empty(content.Onboarding.Paths);
        Assert.Empty(content.Onboarding.Checks);
        Assert.Equal(["articles/en/good.checks.yml", "paths/outside.yml", "phrasebook/en.yml", "synonyms"], LinkFindings(content));
    }

    [Fact]
    public void LinkLoops_AndDanglingLinks_AreReportedOnce_AndDoNotHang()
    {
        _folder.Link("articles/en/loop-a", Path.Combine(_folder.Root, "articles/en/loop-b"));
        _folder.Link("articles/en/loop-b", Path.Combine(_folder.Root, "articles/en/loop-a"));
        _folder.Link("articles/en/self.md", Path.Combine(_folder.Root, "articles/en/self.md"));
        _folder.Link("articles/en/back", _folder.Root);
        _folder.Link("articles/en/gone.md", Path.Combine(_outside.Root, "no-such-file.md"));

        var content = Load();

        AssertOnlyTheGoodFilesLoaded(content);
        Assert.Equal(["articles/en/back", "articles/en/gone.md", "articles/en/loop-a", "articles/en/loop-b", "articles/en/self.md"], LinkFindings(content));
    }

    [Fact]
    public void LoadingOneFile_ThroughALink_IsRefused()
    {
        _folder.Link("articles/en/leak.md", "/etc/passwd");
        _folder.Link("articles/en/linked", Path.Combine(_outside.Root, "articles/en"));

        var direct = ContentFactory.Loader.LoadFile(_folder.Root, "articles/en/leak.md");
        var throughFolder = ContentFactory.Loader.LoadFile(_folder.Root, "articles/en/linked/secret.md");
        var upAndOut = ContentFactory.Loader.LoadFile(_folder.Root, $"articles/en/../../../{Path.GetFileName(_outside.Root)}/secret.md");

        Assert.All([direct, throughFolder, upAndOut], result => Assert.Null(result.Document));
        Assert.Equal("symlink", Assert.Single(direct.Findings).Code);
        Assert.Contains("articles/en/linked", Assert.Single(throughFolder.Findings).Message, StringComparison.Ordinal);
        Assert.Contains("outside the content folder", Assert.Single(upAndOut.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownList_ForSuggestions_SkipsLinks()
    {
        _folder.Link("articles/en/leak.md", "/etc/passwd");
        _folder.Link("articles/en/linked", Path.Combine(_outside.Root, "articles/en"));

        Assert.Equal(["articles/en/good.md", "templates/en/fine.md"], ContentLoader.EnumerateMarkdown(_folder.Root));
    }

    private ContentSet Load() => Measure.Within(TimeLimit, () => ContentFactory.Loader.Load(_folder.Root)).Result;

    private static void AssertOnlyTheGoodFilesLoaded(ContentSet content)
    {
        Assert.Equal(["articles/en/good", "templates/en/fine"], content.Documents.Select(d => d.Id));
        Assert.DoesNotContain(content.Documents, d => d.Body.Contains("root:", StringComparison.Ordinal) || d.Title.Contains("Secret", StringComparison.Ordinal));
    }

    private static List<string> LinkFindings(ContentSet content)
    {
        Assert.All(content.Findings, f => Assert.Equal((FindingSeverity.Error, "symlink"), (f.Severity, f.Code)));
        return content.Findings.Select(f => f.Path).ToList();
    }
}
