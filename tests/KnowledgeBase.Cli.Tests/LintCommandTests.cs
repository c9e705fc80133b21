using System.Text.Json;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Cli.Tests;

public sealed class LintCommandTests : IDisposable
{
    private readonly TempContentFolder _folder = new();

    public LintCommandTests()
    {
        _folder.Write("phrasebook/en.yml",
            "- avoid: Unfortunately\n  prefer: [At the moment, Currently]\n  note: Lead with what we can do.\n" +
            "- avoid: No problem\n  prefer: [Always happy to help]\n" +
            "- avoid: problem\n  prefer: [difficulty]\n");
        _folder.Write("phrasebook/ru.yml", "- avoid: проблема\n  prefer: [сложность, вопрос]\n  note: Нейтральное слово.\n");
    }

    public void Dispose() => _folder.Dispose();

    private KbResult Kb(params string[] args) => KbRunner.Run([.. args, "--content", _folder.Root]);

    /// <summary>Runs in the content folder, so relative file names are found there.</summary>
    private KbResult KbInFolder(params string[] args) => KbRunner.Run(_folder.Root, settings: null, [.. args, "--content", _folder.Root]);

    [Fact]
    public void Text_PrintsLineColumnPhraseSuggestionsAndNote_AndExitsWithOne()
    {
        var result = Kb("lint", "--lang", "en", "--text", "Hello Anna. Unfortunately the parcel is late.");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("1:13 \"Unfortunately\" → At the moment / Currently (Lead with what we can do.)", result.Output.TrimEnd());
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Text_WithoutAvoidedPhrases_PrintsNothing_AndExitsWithZero()
    {
        var result = Kb("lint", "--lang", "en", "--text", "At the moment the parcel is in Riga.");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Suggestions_AreWrittenWithTheFoundPhrasesCapitals()
    {
        var result = Kb("lint", "--lang", "en", "--text", "Sure, no problem.");

        Assert.Equal("1:7 \"no problem\" → always happy to help", result.Output.TrimEnd());
    }

    [Fact]
    public void File_CountsLinesAndColumns_AcrossAnyLineBreaks()
    {
        var file = _folder.Write("reply.txt", "Hi Anna,\r\n\r\nthere is a problem with the parcel.\nUnfortunately it is late.\n");

        var result = Kb("lint", "--lang", "en", "--file", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            ["3:12 \"problem\" → difficulty", "4:1 \"Unfortunately\" → At the moment / Currently (Lead with what we can do.)"],
            result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void File_IsReadRelativeToTheWorkingDirectory()
    {
        _folder.Write("drafts/reply.txt", "No problem!");

        var result = KbInFolder("lint", "--lang", "en", "--file", "drafts/reply.txt");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("1:1 \"No problem\"", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void TextDash_ReadsStandardInput()
    {
        var result = KbRunner.RunWithInput("Line one.\nThat is a problem.\n", RepositoryPaths.Root, null,
            "lint", "--lang", "en", "--text", "-", "--content", _folder.Root);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("2:11 \"problem\" → difficulty", result.Output.TrimEnd());
    }

    [Fact]
    public void Json_GivesUtf16OffsetsIntoTheInput_TheFoundPhrase_SuggestionsAvoidAndNote()
    {
        const string text = "👋 Anna, unfortunately it is late.";

        var result = Kb("lint", "--lang", "en", "--text", text, "--json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        var start = finding.GetProperty("start").GetInt32();
        var length = finding.GetProperty("length").GetInt32();
        Assert.Equal(text.IndexOf("unfortunately", StringComparison.Ordinal), start);
        Assert.Equal("unfortunately", text.Substring(start, length));
        Assert.Equal("unfortunately", finding.GetProperty("phrase").GetString());
        Assert.Equal(["at the moment", "currently"], finding.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("Unfortunately", finding.GetProperty("avoid").GetString());
        Assert.Equal("Lead with what we can do.", finding.GetProperty("note").GetString());
        Assert.Equal(["start", "length", "phrase", "suggestions", "avoid", "note"], finding.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Json_WithoutFindings_IsAnEmptyList_AndExitsWithZero()
    {
        var result = Kb("lint", "--lang", "en", "--text", "All good.", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("""{"findings":[]}""", result.Output.TrimEnd());
    }

    [Fact]
    public void Json_NoteIsNull_WhenThePhrasebookGivesNone()
    {
        var result = Kb("lint", "--lang", "en", "--text", "A problem.", "--json");

        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("findings")[0].GetProperty("note").ValueKind);
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("ru-RU")]
    public void Russian_FindsAnInflectedForm(string language)
    {
        var result = Kb("lint", "--lang", language, "--text", "У нас возникли проблемы с доставкой.", "--json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("проблемы", finding.GetProperty("phrase").GetString());
        Assert.Equal("проблема", finding.GetProperty("avoid").GetString());
        Assert.Equal(15, finding.GetProperty("start").GetInt32());
    }

    [Fact]
    public void ShippedContent_FindsTheClassics()
    {
        var result = KbRunner.Run("lint", "--lang", "en", "--text", "Unfortunately, I don't know.");

        Assert.Equal(1, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("1:1 \"Unfortunately\" → At the moment", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("1:16 \"I don't know\" → ", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no --lang", "give --lang L", "lint", "--text", "A problem.")]
    [InlineData("no text", "give --text TEXT, --text - (standard input) or --file FILE", "lint", "--lang", "en")]
    [InlineData("both", "give either --text or --file, not both", "lint", "--lang", "en", "--text", "A problem.", "--file", "reply.txt")]
    [InlineData("not a language", "'english' is not a language code", "lint", "--lang", "english", "--text", "A problem.")]
    [InlineData("no phrasebook", "no phrasebook for 'de'", "lint", "--lang", "de", "--text", "Leider nicht.")]
    [InlineData("missing file", "cannot read nope.txt", "lint", "--lang", "en", "--file", "nope.txt")]
    public void UsageErrors_ExitWithTwo_AndSayWhatIsWrongOnStandardError(string why, string message, params string[] args)
    {
        var result = KbInFolder(args);

        Assert.True(result.ExitCode == 2, $"{why}: exit {result.ExitCode}");
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void NoPhrasebook_ListsTheLanguagesThatHaveOne()
    {
        var result = Kb("lint", "--lang", "fr", "--text", "Malheureusement.");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("phrasebook/fr.yml", result.Error, StringComparison.Ordinal);
        Assert.Contains("en, ru", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderGivenAsTheFile_IsAUsageError()
    {
        var result = Kb("lint", "--lang", "en", "--file", _folder.Root);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot read", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownOption_IsAUsageError_NotAFinding()
    {
        var result = Kb("lint", "--lang", "en", "--txt", "A problem.");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--txt", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingContentFolder_ExitsWithTwo()
    {
        var result = KbRunner.Run("lint", "--lang", "en", "--text", "A problem.", "--content", Path.Combine(_folder.Root, "nope"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("content folder not found", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnreadablePhrasebook_IsReportedOnStandardError_AndIsAUsageError()
    {
        _folder.Write("phrasebook/en.yml", "- avoid: [broken\n");

        var result = Kb("lint", "--lang", "en", "--text", "A problem.");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("phrasebook/en.yml:1: error:", result.Error, StringComparison.Ordinal);
        Assert.Contains("no phrases to check", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ABadEntry_IsReportedOnStandardError_AndTheOthersStillApply()
    {
        _folder.Write("phrasebook/en.yml", "- prefer: [x]\n- avoid: problem\n  prefer: [difficulty]\n");

        var result = Kb("lint", "--lang", "en", "--text", "A problem.");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("entry has no 'avoid' phrase", result.Error, StringComparison.Ordinal);
        Assert.Equal("1:3 \"problem\" → difficulty", result.Output.TrimEnd());
    }

    [Fact]
    public void AnEmptyPhrasebook_AvoidsNothing()
    {
        _folder.Write("phrasebook/lv.yml", "# nothing to avoid yet\n");

        var result = Kb("lint", "--lang", "lv", "--text", "Diemžēl nē.");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
    }
}
