using System.Text.Json;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Markdown;
using KnowledgeBase.Content.Model;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Cli.Tests;

/// <summary>
/// <c>kb import</c> end to end, on a copy of the shipped content: each help desk's test export
/// becomes templates that <c>kb validate</c> accepts and <c>kb render</c> fills in completely.
/// </summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly TempContentFolder _content = new TempContentFolder().CopyFrom(RepositoryPaths.Content);
    private readonly TempContentFolder _data = new();

    public void Dispose()
    {
        _content.Dispose();
        _data.Dispose();
    }

    private KbResult Kb(params string[] args) => KbRunner.Run(_content.Root, null, [.. args, "--content", _content.Root, "--data", _data.Root]);

    private Dictionary<string, string> Files() =>
        Directory.EnumerateFiles(_content.Root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(_content.Root, f), File.ReadAllText);

    private static List<JsonElement> Items(KbResult result)
    {
        using var json = JsonDocument.Parse(result.Output);
        return [.. json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.Clone())];
    }

    [Theory]
    [InlineData("zendesk", 4)]
    [InlineData("freshdesk", 3)]
    [InlineData("zammad", 3)]
    [InlineData("chatwoot", 3)]
    public void EachHelpDesksExport_BecomesTemplatesThatValidate_AndRenderWithoutGaps(string helpDesk, int written)
    {
        var import = Kb("import", helpDesk, HelpDeskExports.For(helpDesk), "--json");

        // The test exports hold broken entries on purpose: those are skipped, and the exit code says so.
        Assert.Equal(1, import.ExitCode);
        var items = Items(import);
        var paths = items.Where(i => i.GetProperty("outcome").GetString() == "written").Select(i => i.GetProperty("path").GetString()!).ToList();
        Assert.Equal(written, paths.Count);
        Assert.All(items.Where(i => i.GetProperty("outcome").GetString() == "skipped"), i => Assert.False(string.IsNullOrEmpty(i.GetProperty("reason").GetString())));

        var validate = Kb("validate");
        Assert.True(validate.ExitCode == 0, validate.Output + validate.Error);

        var loader = new ContentLoader(new DocumentParser(new MarkdownRenderer()));
        foreach (var path in paths)
        {
            var template = Assert.IsType<ReplyTemplate>(loader.LoadFile(_content.Root, path).Document);
            var values = template.Fields.SelectMany(f => new[] { "--set", $"{f.Name}=Sample {f.Name}" });
            var render = Kb(["render", template.Id, .. values, "--agent-name", "Petra Novak", "--agent-email", "petra@brightcart.example", "--agent-signature", "Petra, Brightcart Care"]);

            Assert.True(render.ExitCode == 0, $"{path}: {render.Error}");
            Assert.DoesNotContain("⟦", render.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("{{", render.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("#{", render.Output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("zendesk")]
    [InlineData("freshdesk")]
    [InlineData("zammad")]
    [InlineData("chatwoot")]
    public void ImportingTwice_WritesNoDuplicates(string helpDesk)
    {
        Kb("import", helpDesk, HelpDeskExports.For(helpDesk));
        var files = Files();

        var again = Kb("import", helpDesk, HelpDeskExports.For(helpDesk), "--json");

        Assert.Equal(files, Files());
        Assert.DoesNotContain(Items(again), i => i.GetProperty("outcome").GetString() is "written" or "updated");
        Assert.Contains(Items(again), i => i.GetProperty("outcome").GetString() == "unchanged");
    }

    [Fact]
    public void DryRun_WritesNothing_AndSaysWhatItWouldDo()
    {
        var files = Files();

        var result = Kb("import", "zammad", HelpDeskExports.Zammad, "--dry-run");

        Assert.Equal(files, Files());
        Assert.Contains("would write", result.Output, StringComparison.Ordinal);
        Assert.Contains("dry run, nothing written", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void TheReport_SaysPerItemWhatHappenedAndWhy()
    {
        var result = Kb("import", "zendesk", HelpDeskExports.Zendesk, "--folder", "helpdesk/zendesk");

        Assert.Contains("written         templates/en/helpdesk/zendesk/shipping/delivery-delayed-360001.md  (zendesk:macro:360001: Delivery delayed)", result.Output, StringComparison.Ordinal);
        Assert.Contains("because the macro adds no reply text", result.Output, StringComparison.Ordinal);
        Assert.Contains("note: In Zendesk this macro also sets status: solved.", result.Output, StringComparison.Ordinal);
        Assert.Contains("Zendesk → templates/en/helpdesk/zendesk: written 4, updated 0, unchanged 0, skipped 4", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AMalformedExport_ExitsTwo_NamingWhereAndImportingNothing()
    {
        var files = Files();

        var result = Kb("import", "zendesk", HelpDeskExports.ZendeskMalformed);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not valid JSON at line", result.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", result.Error, StringComparison.Ordinal);
        Assert.Equal(files, Files());
    }

    [Theory]
    [InlineData("--folder", "../outside")]
    [InlineData("--lang", "xx")]
    public void AFolderOrLanguageThatCannotHoldTemplates_ExitsTwo(string option, string value)
    {
        var result = Kb("import", "chatwoot", HelpDeskExports.Chatwoot, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownHelpDesk_IsAUsageError()
    {
        var result = Kb("import", "helpscout", HelpDeskExports.Zendesk);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("zendesk", result.Error, StringComparison.Ordinal);
    }
}
