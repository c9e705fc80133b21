using KnowledgeBase.Content.Validation;
using KnowledgeBase.TestSupport;
using KnowledgeBase.TestSupport.Hostile;

namespace KnowledgeBase.Content.Tests.Loading;

/// <summary>
/// One hostile file costs milliseconds and only itself: each is refused with its own finding, and
/// every other file (articles, templates, phrasebooks, learning paths, checks) still loads.
/// </summary>
public sealed class HostileFilesTests : IDisposable
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(10);

    private readonly TempContentFolder _folder = new();

    public HostileFilesTests()
    {
        _folder.Article("articles/en/good", "title: Good");
        _folder.Write("articles/en/good.checks.yml", "- id: q\n  question: Q?\n  answers:\n    - text: a\n      correct: true\n    - b\n");
        _folder.Write("templates/en/fine.md", "---\ntitle: Fine\n---\nHello {{ agent.name }}\n");
        _folder.Write("phrasebook/en.yml", "- avoid: Unfortunately\n  prefer: [At the moment]\n");
        _folder.Write("paths/first.yml", "title: First\nrole: supervisor\nlanguage: en\nsteps:\n  - read: articles/en/good\n");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void EveryHostileMarkdownFile_IsRefusedOnItsOwn_AndTheRestLoads()
    {
        _folder.Write("articles/en/sequence-bomb.md", HostileYaml.Document(HostileYaml.SequenceBomb()));
        _folder.Write("articles/en/mapping-bomb.md", HostileYaml.Document(HostileYaml.MappingBomb()));
        _folder.Write("templates/en/merge-bomb.md", HostileYaml.Document(HostileYaml.MergeKeyBomb()));
        _folder.Write("articles/en/deep.md", HostileYaml.Document(HostileYaml.DeepFlowMaps()));
        _folder.Write("articles/en/many.md", HostileYaml.Document(HostileYaml.ManyValues(15_000)));
        _folder.Write("articles/en/huge-scalar.md", HostileYaml.Document($"summary: {new string('a', 1_500_000)}\n"));
        _folder.Write("articles/en/huge-file.md", HostileYaml.Document("", "Huge") + new string('x', 3 * 1024 * 1024));

        var content = Measure.Within(TimeLimit, () => ContentFactory.Loader.Load(_folder.Root)).Result;

        Assert.Equal(["articles/en/good", "templates/en/fine"], content.Documents.Select(d => d.Id));
        Assert.Equal(["Unfortunately"], content.Phrasebooks["en"].Entries.Select(e => e.Avoid));
        Assert.Single(content.Onboarding.Paths);
        Assert.Single(content.Onboarding.Checks);
        Assert.Equal(
            [
                ("articles/en/deep.md", "yaml-limit"),
                ("articles/en/huge-file.md", "too-large"),
                ("articles/en/huge-scalar.md", "too-large"),
                ("articles/en/many.md", "yaml-limit"),
                ("articles/en/mapping-bomb.md", "yaml-anchor"),
                ("articles/en/sequence-bomb.md", "yaml-anchor"),
                ("templates/en/merge-bomb.md", "yaml-anchor"),
            ],
            content.Findings.Select(f => (f.Path, f.Code)));
        Assert.All(content.Findings, f => Assert.Equal(FindingSeverity.Error, f.Severity));
    }

    [Fact]
    public void HugeMarkdownFile_IsRefusedUnread_WithItsSizeAndTheLimit()
    {
        _folder.Write("articles/en/huge.md", HostileYaml.Document("", "Huge") + new string('x', 3 * 1024 * 1024));

        var content = ContentFactory.Loader.Load(_folder.Root);

        var finding = Assert.Single(content.Findings);
        Assert.Equal(("articles/en/huge.md", 1, "too-large"), (finding.Path, finding.Line, finding.Code));
        Assert.Contains("file is 3 MB", finding.Message, StringComparison.Ordinal);
        Assert.Contains("2 MB", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(content.Documents, d => d.Id == "articles/en/huge");
    }

    public static TheoryData<string, string> HostileYamlFiles => new()
    {
        { "phrasebook/en.yml", HostileYaml.SequenceBombAsList(9, 9) },
        { "paths/first.yml", $"title: First\nrole: supervisor\nlanguage: en\n{HostileYaml.SequenceBomb(9, 9)}steps:\n  - read: articles/en/good\n" },
        { "articles/en/good.checks.yml", HostileYaml.SequenceBombAsList(9, 9) },
        { "phrasebook/en.yml", $"- avoid: x\n  prefer: {new string('[', 10_000)}{new string(']', 10_000)}\n" },
        { "paths/first.yml", $"title: First\nrole: supervisor\nlanguage: en\n{HostileYaml.DeepFlowMaps()}steps:\n  - read: articles/en/good\n" },
        { "articles/en/good.checks.yml", HostileYaml.ManyValues(15_000) },
    };

    [Theory]
    [MemberData(nameof(HostileYamlFiles))]
    public void HostileYamlFile_IsRefused_AndTheMarkdownStillLoads(string relativePath, string yaml)
    {
        _folder.Write(relativePath, yaml);

        var content = Measure.Within(TimeLimit, () => ContentFactory.Loader.Load(_folder.Root)).Result;

        Assert.Equal(["articles/en/good", "templates/en/fine"], content.Documents.Select(d => d.Id));
        Assert.Contains(content.Findings, f => f.Path == relativePath && f.Code is "yaml-anchor" or "yaml-limit" && f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void HugeYamlFile_IsRefusedUnread()
    {
        _folder.Write("phrasebook/en.yml", "- avoid: Unfortunately\n  prefer: [At the moment]\n  note: " + new string('x', 2 * 1024 * 1024) + "\n");

        var content = ContentFactory.Loader.Load(_folder.Root);

        var finding = Assert.Single(content.Findings, f => f.Path == "phrasebook/en.yml");
        Assert.Equal("too-large", finding.Code);
        Assert.Contains("1 MB", finding.Message, StringComparison.Ordinal);
        Assert.Equal(["articles/en/good", "templates/en/fine"], content.Documents.Select(d => d.Id));
    }
}
