using System.Text.Json;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Cli.Tests;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ShippedContent_IsClean()
    {
        var result = KbRunner.Run("validate");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.DoesNotContain(": error:", result.Output, StringComparison.Ordinal);
        Assert.Contains("0 errors", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenYaml_ExitsOne_NamesFileAndLine_AndTheOthersStillLoad()
    {
        _folder.Article("articles/en/good", "title: Good");
        _folder.Write("articles/en/broken.md", "---\ntitle: Broken\nsummary: \"never closed\n---\nBody\n");
        _folder.Write("templates/en/fine.md", "---\ntitle: Fine\n---\nHello {{ agent.name }}\n");

        var result = KbRunner.Run("validate", "--content", _folder.Root);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Output.Split('\n'), l => l.Contains(": error:", StringComparison.Ordinal));
        Assert.StartsWith(Path.Combine(_folder.Root, "articles/en/broken.md") + ":3: error: malformed YAML", line, StringComparison.Ordinal);
        Assert.Contains("1 articles, 1 templates: 1 error, 0 warnings", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingAndUnusedMedia_AreReported_WithFileAndLine()
    {
        _folder.Article("articles/en/refunds", "title: Refunds", "Intro.\n\n![The refund screen](/media/en/refunds-screen.png)\n");
        _folder.WriteBytes("media/en/left-over.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0xFF, 0x00]);

        var result = KbRunner.Run("validate", "--content", _folder.Root);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(Path.Combine(_folder.Root, "articles/en/refunds.md") + ":6: error: media link '/media/en/refunds-screen.png' points nowhere", result.Output, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_folder.Root, "media/en/left-over.png") + ":1: warning: no article or template links to this file", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 articles, 0 templates: 1 error, 1 warning", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_SaysMediaAreChecked()
    {
        var result = KbRunner.Run("validate", "--help");

        Assert.Contains("media/", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void LearningPathWithAnUnknownCheck_ExitsOne_NamesThePathFileAndStep()
    {
        _folder.Article("articles/en/good", "title: Good");
        _folder.Write("articles/en/good.checks.yml", "- id: q\n  question: Q?\n  answers:\n    - text: a\n      correct: true\n    - b\n");
        _folder.Write("paths/first.yml", "title: First\nrole: supervisor\nlanguage: en\nsteps:\n  - read: articles/en/good\n  - check: articles/en/good#missing\n");

        var result = KbRunner.Run("validate", "--content", _folder.Root);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Output.Split('\n'), l => l.Contains(": error:", StringComparison.Ordinal));
        Assert.StartsWith(Path.Combine(_folder.Root, "paths/first.yml") + ":6: error: step 2: 'articles/en/good' has no check 'missing'", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ListsFindingsWithPathLineSeverityAndMessage()
    {
        _folder.Article("articles/en/a", "title: A\nrelated:\n  - articles/en/missing");

        var result = KbRunner.Run("validate", "--content", _folder.Root, "--json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(1, json.RootElement.GetProperty("errors").GetInt32());
        var finding = json.RootElement.GetProperty("findings")[0];
        Assert.Equal("articles/en/a.md", finding.GetProperty("path").GetString());
        Assert.Equal(4, finding.GetProperty("line").GetInt32());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal("related", finding.GetProperty("code").GetString());
    }

    [Fact]
    public void ContentLimitsFromTheSettings_AreUsed()
    {
        _folder.Article("articles/en/long", "title: Long", new string('x', 4096));
        var settings = new Dictionary<string, string?> { ["KnowledgeBase:ContentLimits:MaxFileBytes"] = "2048" };

        var result = KbRunner.Run(RepositoryPaths.Root, settings, "validate", "--content", _folder.Root);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("articles/en/long.md:1: error: file is 4 KB; at most 2 KB is read (KnowledgeBase:ContentLimits:MaxFileBytes)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ContentFolderFromTheEnvironmentSetting_IsUsed()
    {
        _folder.Article("articles/en/only", "title: Only");

        var result = KbRunner.Run(RepositoryPaths.Root, new Dictionary<string, string?> { ["KnowledgeBase:ContentPath"] = _folder.Root }, "validate");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 articles, 0 templates", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingContentFolder_ExitsTwoWithAClearMessage()
    {
        var result = KbRunner.Run("validate", "--content", Path.Combine(_folder.Root, "nope"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("content folder not found", result.Error, StringComparison.Ordinal);
    }
}
