using KnowledgeBase.Content.Markdown;
using KnowledgeBase.Content.Validation;
using KnowledgeBase.TestSupport;
using KnowledgeBase.TestSupport.Hostile;

namespace KnowledgeBase.Content.Tests.Markdown;

/// <summary>
/// Markdown that would make Markdig take quadratic time (unclosed links, emphasis runs, footnote
/// floods) or throw (blocks nested past its depth limit) is refused quickly with a clear reason
/// instead of hanging a page or reaching it as an exception; ordinary text still renders.
/// </summary>
public sealed class HostileMarkdownTests
{
    // Measured on Markdig 1.4.1 without the guard (docs in the commit): "[a](" repeated took 1.6 s
    // at 80 KB and 77 s at 400 KB; "[](" 16 s and "[^a]" 18 s at 40 KB; 1,000 nested lists threw.
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(5);

    private static readonly MarkdownRenderer Renderer = new();

    private static string Repeat(string unit, int bytes) => string.Concat(Enumerable.Repeat(unit, bytes / unit.Length));

    public static TheoryData<string, string> QuadraticFamilies() => new()
    {
        { "unclosed links", "[a](" },
        { "unclosed empty links", "[](" },
        { "unclosed pointy links", "[a](<b" },
        { "brackets and parens", "[ (](" },
        { "open brackets", "[" },
        { "images", "![" },
        { "emphasis", "*a " },
        { "underscores", "_a " },
        { "strong", "**a " },
        { "strikethrough", "~~a " },
        { "footnotes", "[^a]" },
        { "reference links", "[a][b] " },
        { "table rows", "|a\n" },
    };

    [Theory]
    [MemberData(nameof(QuadraticFamilies))]
    public void QuadraticInput_Of400Kb_IsRefusedQuickly_WithAClearMessage(string family, string unit)
    {
        var markdown = Repeat(unit, 400 * 1024);

        var html = Measure.Within(TimeLimit, () => Renderer.ToHtml(markdown)).Result;
        var analysis = Measure.Within(TimeLimit, () => Renderer.Analyze(markdown)).Result;

        Assert.Contains("too complex to display", html, StringComparison.Ordinal);
        Assert.NotNull(analysis.Problem);
        Assert.True(analysis.Sections.Count > 0, family + ": the text stays searchable as plain text");
    }

    [Theory]
    [InlineData("100,000 quote markers", 100_000, ">")]
    [InlineData("quote markers with spaces", 50_000, "> ")]
    [InlineData("ordered lists on one line", 30_000, "1. ")]
    public void DeeplyNestedBlocks_AreRefused_NeverThrown(string name, int count, string unit)
    {
        var markdown = string.Concat(Enumerable.Repeat(unit, count)) + "a\n";

        var html = Measure.Within(TimeLimit, () => Renderer.ToHtml(markdown)).Result;

        Assert.Contains("too complex to display", html, StringComparison.Ordinal);
        Assert.Contains("nested", Renderer.Analyze(markdown).Problem ?? "", StringComparison.Ordinal);
        Assert.NotNull(name);
    }

    [Fact]
    public void AThousandNestedLists_AreRefused_NeverThrown()
    {
        var markdown = string.Concat(Enumerable.Range(0, 1_000).Select(i => new string(' ', i * 2) + "- a\n"));

        var html = Measure.Within(TimeLimit, () => Renderer.ToHtml(markdown)).Result;

        Assert.Contains("too complex to display", html, StringComparison.Ordinal);
    }

    [Fact]
    public void OrdinaryText_Of400Kb_StillRenders()
    {
        var markdown = Repeat("## Heading\n\nA paragraph with a [link](https://example.com), *emphasis* and `code`.\n\n- a list item\n- another\n\n", 400 * 1024);

        var html = Measure.Within(TimeSpan.FromSeconds(30), () => Renderer.ToHtml(markdown)).Result;

        Assert.DoesNotContain("too complex", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.com\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ABigTable_AsRealPagesHaveThem_StillRenders()
    {
        var rows = string.Concat(Enumerable.Range(0, 300).Select(i => $"| [row {i}](https://example.com/{i}) | *yes* | `code` |\n"));
        var markdown = "| Name | Done | Code |\n|---|---|---|\n" + rows;

        var html = Renderer.ToHtml(markdown);

        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Null(Renderer.Analyze(markdown).Problem);
    }

    [Fact]
    public void FencedCode_IsNotCountedAsInlineMarkup()
    {
        var markdown = "```\n" + Repeat("[a](*_~|^\n", 200 * 1024) + "```\n";

        var html = Measure.Within(TimeLimit, () => Renderer.ToHtml(markdown)).Result;

        Assert.Contains("<pre><code>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ADocumentWithHostileMarkdown_LoadsWithAnError_AndStaysSearchable()
    {
        using var folder = new TempContentFolder();
        folder.Article("articles/en/good", "title: Good");
        folder.Article("articles/en/hostile", "title: Hostile", "Refund words first. " + Repeat("[a](", 100 * 1024));

        var content = Measure.Within(TimeLimit, () => ContentFactory.Loader.Load(folder.Root)).Result;

        var finding = Assert.Single(content.Findings);
        Assert.Equal(("articles/en/hostile.md", "markdown-too-complex", FindingSeverity.Error), (finding.Path, finding.Code, finding.Severity));
        Assert.Contains("too complex to render", finding.Message, StringComparison.Ordinal);
        var hostile = content.Documents.Single(d => d.Id == "articles/en/hostile");
        Assert.Contains("Refund words first.", hostile.Sections[0].Text, StringComparison.Ordinal);
    }
}
