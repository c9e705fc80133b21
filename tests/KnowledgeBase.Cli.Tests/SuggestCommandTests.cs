using System.Text.Json;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Cli.Tests;

public sealed class SuggestCommandTests : IDisposable
{
    private readonly TempContentFolder _folder = new();
    private readonly string _data = Path.Combine(Path.GetTempPath(), "kb-tests", "cli-data-" + Guid.NewGuid().ToString("N"));

    public SuggestCommandTests()
    {
        _folder.Article("articles/en/shipping/lost-parcels", "title: Lost parcels\ntags: [shipping]",
            "When a parcel is lost.\n\n## Tracking not updated\n\nA parcel counts as lost when tracking has not moved for 5 days.\n");
        _folder.Write("templates/en/lost-parcel.md",
            "---\ntitle: Lost parcel\nexamples:\n  - my parcel never arrived\n  - tracking has not moved\n---\nWe have opened an investigation with the carrier.\n");
        _folder.Write("templates/en/refund.md",
            "---\ntitle: Refund confirmation\nexamples:\n  - where is my refund\n  - when do I get my money back\n---\nYour refund is on its way.\n");
        _folder.Write("templates/cs/vraceni-penez.md",
            "---\ntitle: Vrácení peněz\nexamples:\n  - kdy mi vrátíte peníze\n---\nPeníze vám vrátíme do 5 dnů.\n");
    }

    public void Dispose()
    {
        _folder.Dispose();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private KbResult Kb(params string[] args) => KbRunner.Run([.. args, "--content", _folder.Root, "--data", _data]);

    [Fact]
    public void Message_PrintsTemplatesThenSopSections()
    {
        var result = Kb("suggest", "--message", "Hi, my parcel never arrived and the tracking has not moved");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("Language: en (from the message; --lang to choose)", lines[0]);
        Assert.Equal("Templates", lines[1]);
        Assert.StartsWith("1. Lost parcel  [en]  templates/en/lost-parcel", lines[2], StringComparison.Ordinal);
        Assert.Contains("SOP sections", lines);
        Assert.Contains(lines, l => l.Contains("articles/en/shipping/lost-parcels#tracking-not-updated", StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutLang_AnEnglishMessageWithACzechLookingWord_GetsTheShippedEnglishTemplates()
    {
        var result = KbRunner.Run(["suggest", "--message", "Hi, my parcel never arrived, order 12345, what can you do?", "--json", "--content", RepositoryPaths.Content, "--data", _data]);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("en", json.RootElement.GetProperty("lang").GetString());
        var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal("templates/en/shipping/lost-parcel", results[0].GetProperty("id").GetString());
        Assert.All(results, r => Assert.Equal("en", r.GetProperty("lang").GetString()));
    }

    [Fact]
    public void Json_ListsTemplatesFirst_WithTypeAndScore()
    {
        var result = Kb("suggest", "--message", "when do I get my money back?", "--json", "--top", "2", "--sections", "1");

        using var json = JsonDocument.Parse(result.Output);
        var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal("templates/en/refund", results[0].GetProperty("id").GetString());
        Assert.Equal("template", results[0].GetProperty("type").GetString());
        Assert.True(results[0].GetProperty("score").GetDouble() > 0);
        Assert.True(results.Count <= 3);
        Assert.All(results.SkipWhile(r => r.GetProperty("type").GetString() == "template"), r => Assert.Equal("article", r.GetProperty("type").GetString()));
    }

    [Fact]
    public void Batch_AnswersEveryLineInOrder_AndReportsBadLines()
    {
        var input = Path.Combine(_folder.Root, "messages.jsonl");
        File.WriteAllLines(input,
        [
            """{"id":"a","message":"my parcel never arrived"}""",
            "not json",
            """{"id":7,"message":"kdy mi vrátíte peníze?","lang":"cs"}""",
            """{"id":"empty","message":""}""",
        ]);

        var result = Kb("suggest", "--batch", input, "--json");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, lines.Count);
        Assert.Equal("a", lines[0].GetProperty("id").GetString());
        Assert.Equal("templates/en/lost-parcel", lines[0].GetProperty("results")[0].GetProperty("id").GetString());
        Assert.Contains("line 2", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(7, lines[2].GetProperty("id").GetInt32());
        Assert.Equal("templates/cs/vraceni-penez", lines[2].GetProperty("results")[0].GetProperty("id").GetString());
        Assert.Equal(0, lines[3].GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void MessageFromStandardInput()
    {
        var result = KbRunner.RunWithInput("where is my refund", RepositoryPaths.Root, null,
            "suggest", "--message", "-", "--json", "--content", _folder.Root, "--data", _data);

        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("templates/en/refund", json.RootElement.GetProperty("results")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void NeitherMessageNorBatch_IsAUsageError()
    {
        var result = Kb("suggest");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("give either --message TEXT or --batch FILE", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingBatchFile_ExitsWithTwo()
    {
        var result = Kb("suggest", "--batch", Path.Combine(_folder.Root, "nope.jsonl"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("batch file not found", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AMessageSharingNoWords_SaysSo()
    {
        var result = Kb("suggest", "--message", "xyzzy plugh");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No suggestions", result.Output, StringComparison.Ordinal);
    }
}
