using System.Text.Json;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Cli.Tests;

public sealed class SearchCommandTests : IDisposable
{
    private readonly TempContentFolder _folder = new();
    private readonly string _data = Path.Combine(Path.GetTempPath(), "kb-tests", "cli-data-" + Guid.NewGuid().ToString("N"));

    public SearchCommandTests()
    {
        _folder.Article("articles/en/shipping/delivery-times", "title: Delivery times\ntags: [shipping]",
            "Intro.\n\n## Where orders ship from\n\nOrders ship from Brno, Riga and Lyon.\n");
        _folder.Article("articles/ru/sroki", "title: Сроки доставки\ntags: [доставка]", "## Откуда отправляются заказы\n\nИз Брно.\n");
        _folder.Write("templates/en/eta.md", "---\ntitle: Delivery estimate\nshortcut: eta\ntags: [shipping]\n---\nHi {{ agent.name }}, your order ships today.\n");
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
    public void Index_PrintsCountsAndTime()
    {
        var result = Kb("index");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^Indexed 3 documents \(2 sections\) in \d+\.\d\d s: 3 added, 0 updated, 0 removed, 0 unchanged", result.Output);

        var again = Kb("index", "--json");
        using var json = JsonDocument.Parse(again.Output);
        Assert.Equal(3, json.RootElement.GetProperty("unchanged").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("sections").GetInt32());
    }

    [Fact]
    public void Search_Json_HasTheDocumentedShape()
    {
        var result = Kb("search", "where do orders ship from", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("where do orders ship from", root.GetProperty("query").GetString());
        Assert.True(root.GetProperty("total").GetInt32() >= 1);
        Assert.Equal(JsonValueKind.Number, root.GetProperty("tookMs").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("didYouMean").ValueKind);
        var first = root.GetProperty("results")[0];
        Assert.Equal("articles/en/shipping/delivery-times", first.GetProperty("id").GetString());
        Assert.Equal("article", first.GetProperty("type").GetString());
        Assert.Equal("en", first.GetProperty("lang").GetString());
        Assert.Equal("Delivery times", first.GetProperty("title").GetString());
        Assert.Equal("where-orders-ship-from", first.GetProperty("section").GetString());
        Assert.Equal("Where orders ship from", first.GetProperty("sectionTitle").GetString());
        Assert.True(first.GetProperty("score").GetDouble() > 0);
        var snippet = first.GetProperty("snippet");
        Assert.Contains(snippet.EnumerateArray(), s => s.GetProperty("hit").GetBoolean() && s.GetProperty("text").GetString() == "Orders");
        Assert.Equal(2, root.GetProperty("facets").GetProperty("type").GetProperty("article").GetInt32() + root.GetProperty("facets").GetProperty("type").GetProperty("template").GetInt32());
    }

    [Fact]
    public void Search_Human_ShowsTitleIdSectionAndSnippet()
    {
        var result = Kb("search", "ship from");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1. Delivery times  [SOP, en]", result.Output, StringComparison.Ordinal);
        Assert.Contains("articles/en/shipping/delivery-times#where-orders-ship-from — Where orders ship from", result.Output, StringComparison.Ordinal);
        Assert.Contains("**ship**", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_Filters_ByTypeLanguageAndTag()
    {
        using var templates = JsonDocument.Parse(Kb("search", "delivery", "--type", "template", "--json").Output);
        using var russian = JsonDocument.Parse(Kb("search", "доставки", "--lang", "ru", "--json").Output);
        using var tagged = JsonDocument.Parse(Kb("search", "delivery", "--tag", "shipping", "--top", "1", "--json").Output);

        Assert.All(templates.RootElement.GetProperty("results").EnumerateArray(), r => Assert.Equal("template", r.GetProperty("type").GetString()));
        Assert.Equal("articles/ru/sroki", russian.RootElement.GetProperty("results")[0].GetProperty("id").GetString());
        Assert.Equal(1, tagged.RootElement.GetProperty("results").GetArrayLength());
        Assert.Equal(2, tagged.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public void Search_OffersDidYouMean_ForTypos()
    {
        using var json = JsonDocument.Parse(Kb("search", "delivry tims", "--json").Output);

        Assert.Equal("delivery times", json.RootElement.GetProperty("didYouMean").GetString());
    }

    [Fact]
    public void Batch_AnswersEveryLine_InOrder_WithItsId()
    {
        var batch = Path.Combine(_folder.Root, "queries.jsonl");
        File.WriteAllLines(batch,
        [
            """{"id":"a","q":"where do orders ship from"}""",
            """{"id":2,"q":"доставки","lang":"ru","top":1}""",
            "not json",
            string.Empty,
            """{"id":"c","q":"delivery","type":"template"}""",
        ]);

        var result = Kb("search", "--batch", batch, "--json");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, lines.Count);
        Assert.Equal("a", lines[0].GetProperty("id").GetString());
        Assert.Equal("articles/en/shipping/delivery-times", lines[0].GetProperty("results")[0].GetProperty("id").GetString());
        Assert.Equal(2, lines[1].GetProperty("id").GetInt32());
        Assert.Equal(1, lines[1].GetProperty("results").GetArrayLength());
        Assert.Contains("line 3", lines[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("c", lines[3].GetProperty("id").GetString());
        Assert.Equal("templates/en/eta", lines[3].GetProperty("results")[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("AND OR NOT")]
    [InlineData("((")]
    [InlineData("title:x")]
    [InlineData("\\")]
    [InlineData("🙂")]
    public void Search_NeverFailsOnOddText(string query)
    {
        var result = Kb("search", query, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(query, root.GetProperty("query").GetString());
        Assert.Equal(Math.Min(root.GetProperty("total").GetInt32(), 10), root.GetProperty("results").GetArrayLength());
    }

    [Theory]
    [InlineData("((")]
    [InlineData("title:x")]
    [InlineData("\\")]
    [InlineData("🙂")]
    [InlineData("\"")]
    public void Search_TextWithNoWordsInTheContent_FindsNothing(string query)
    {
        var result = Kb("search", query, "--json");

        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(0, json.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public void Batch_LineThatIsJsonButNotAnObject_GetsAnErrorLine_AndTheRestRuns()
    {
        var batch = Path.Combine(_folder.Root, "arrays.jsonl");
        File.WriteAllLines(batch, ["""["delivery"]""", """{"id":"b","q":"delivery"}"""]);

        var result = Kb("search", "--batch", batch, "--json");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Contains("line 1", lines[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("b", lines[1].GetProperty("id").GetString());
    }

    [Fact]
    public void Search_WithoutQueryOrBatch_IsAUsageError()
    {
        var result = Kb("search");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("give a QUERY or --batch FILE", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ContentWithoutData_KeepsItsOwnIndex()
    {
        var result = KbRunner.Run("index", "--content", _folder.Root, "--json");

        using var json = JsonDocument.Parse(result.Output);
        var index = json.RootElement.GetProperty("index").GetString()!;
        Assert.Contains(Path.Combine("data", "by-content"), index, StringComparison.Ordinal);
        var own = Path.GetDirectoryName(index)!;
        Directory.Delete(own, recursive: true);
        var shared = Path.GetDirectoryName(own)!;
        if (!Directory.EnumerateFileSystemEntries(shared).Any())
        {
            Directory.Delete(shared);
        }
    }
}
