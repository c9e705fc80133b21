using KnowledgeBase.Content.Limits;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.TestSupport;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Content.Tests.Loading;

/// <summary>Every limit is a setting: the loader and the parser read under the options they are given.</summary>
public sealed class ContentLimitsOptionsTests : IDisposable
{
    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Defaults_AreTwoMegabytesPerFile_OneForYaml_64KilobytesOfFrontMatter_20Levels_10000Values()
    {
        var defaults = new ContentLimitsOptions();

        Assert.Equal(
            (2L * 1024 * 1024, 1024L * 1024, 64L * 1024, 20, 10_000),
            (defaults.MaxFileBytes, defaults.MaxYamlFileBytes, defaults.MaxFrontMatterBytes, defaults.MaxYamlDepth, defaults.MaxYamlNodes));
    }

    [Fact]
    public void ConfiguredLimits_AreWhatTheLoaderAndParserRefuseAt_AndTheFindingNamesTheSetting()
    {
        var loader = new ContentLoader(new DocumentParser(ParserFixture.Markdown, Options.Create(new ContentLimitsOptions
        {
            MaxFileBytes = 1024,
            MaxYamlFileBytes = 100,
            MaxFrontMatterBytes = 200,
            MaxYamlDepth = 2,
            MaxYamlNodes = 8,
        })));
        _folder.Article("articles/en/small", "title: Small\ntags: [a, b]");
        _folder.Article("articles/en/long", "title: Long", new string('x', 2000));
        _folder.Article("articles/en/wide", $"title: Wide\nsummary: {new string('y', 300)}");
        _folder.Article("articles/en/deep", "title: Deep\nx: [[[a]]]");
        _folder.Article("articles/en/many", "title: Many\ntags: [a, b, c, d, e, f]");
        _folder.Write("phrasebook/en.yml", $"- avoid: x\n  note: {new string('z', 200)}\n");

        var content = loader.Load(_folder.Root);

        Assert.Equal(["articles/en/small"], content.Documents.Select(d => d.Id));
        Assert.Equal(
            [
                ("articles/en/deep.md", "yaml-limit", "MaxYamlDepth"),
                ("articles/en/long.md", "too-large", "MaxFileBytes"),
                ("articles/en/many.md", "yaml-limit", "MaxYamlNodes"),
                ("articles/en/wide.md", "too-large", "MaxFrontMatterBytes"),
                ("phrasebook/en.yml", "too-large", "MaxYamlFileBytes"),
            ],
            content.Findings.Select(f => (f.Path, f.Code, f.Message[(f.Message.LastIndexOf(':') + 1)..].TrimEnd(')'))));
    }
}
