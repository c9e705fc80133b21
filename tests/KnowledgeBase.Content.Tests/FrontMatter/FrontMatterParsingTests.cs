using System.Text;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Content.Validation;

namespace KnowledgeBase.Content.Tests.FrontMatter;

public sealed class FrontMatterParsingTests
{
    private const string FullArticle = """
        ---
        title: Delivery times
        summary: How long delivery takes.
        tags: [Shipping, delivery]
        aliases:
          - shipping time
          - when will my order arrive
        owner: Maria Novak
        reviewed: 2026-11-02
        review_every: 180
        related:
          - templates/en/shipping/delivery-times
        translation_key: delivery-times
        custom_key: kept
        ---
        Intro.

        ## Standard delivery

        Two days.
        """;

    [Fact]
    public void Article_ReadsEveryKnownKey()
    {
        var result = ParserFixture.Parse("articles/en/shipping/delivery-times.md", FullArticle);

        Assert.Empty(result.Findings);
        var article = Assert.IsType<Article>(result.Document);
        Assert.Equal("articles/en/shipping/delivery-times", article.Id);
        Assert.Equal("en", article.Language);
        Assert.Equal("Delivery times", article.Title);
        Assert.Equal("How long delivery takes.", article.Summary);
        Assert.Equal(["shipping", "delivery"], article.Tags);
        Assert.Equal(["shipping time", "when will my order arrive"], article.Aliases);
        Assert.Equal("Maria Novak", article.Owner);
        Assert.Equal(new DateOnly(2026, 11, 2), article.Reviewed);
        Assert.Equal(180, article.ReviewEvery);
        Assert.Equal("templates/en/shipping/delivery-times", Assert.Single(article.Related).Value);
        Assert.Equal(12, article.Related[0].Line);
        Assert.Equal("delivery-times", article.TranslationKey);
        Assert.Equal("kept", article.Extra["custom_key"]);
        Assert.Equal(16, article.BodyLine);
    }

    [Fact]
    public void Keys_AreCaseInsensitive()
    {
        var article = ParserFixture.Article("---\nTitle: Capitalised\nTAGS: [a]\nReview_Every: 30\n---\nBody\n");

        Assert.Equal("Capitalised", article.Title);
        Assert.Equal(["a"], article.Tags);
        Assert.Equal(30, article.ReviewEvery);
    }

    [Fact]
    public void CrlfLineEndings_ParseLikeLf_WithTheSameLineNumbers()
    {
        var crlf = FullArticle.Replace("\n", "\r\n", StringComparison.Ordinal);

        var result = ParserFixture.Parse("articles/en/x.md", crlf);

        var article = Assert.IsType<Article>(result.Document);
        Assert.Equal("Delivery times", article.Title);
        Assert.Equal(12, article.Related[0].Line);
        Assert.DoesNotContain('\r', article.Body);
        Assert.Equal(18, article.Sections.Single(s => s.Anchor == "standard-delivery").Line);
    }

    [Fact]
    public void ByteOrderMark_IsIgnored()
    {
        var withBom = Encoding.UTF8.GetString([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("---\ntitle: Bom\n---\nText\n")]);

        var article = ParserFixture.Article(withBom);

        Assert.Equal("Bom", article.Title);
    }

    [Fact]
    public void MalformedYaml_IsAnErrorOnItsLine_AndNoDocument()
    {
        var result = ParserFixture.Parse("articles/en/bad.md", "---\ntitle: Bad\ntags: [a, b\nowner: x\n---\nbody\n");

        Assert.Null(result.Document);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("yaml", finding.Code);
        Assert.Equal(3, finding.Line);
        Assert.Contains("malformed YAML", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---\ntitle: a: b: c\n---\n", 2)]
    [InlineData("---\ntitle: ok\n  bad indent: x\n---\n", 3)]
    [InlineData("---\ntitle: \"unterminated\n---\n", 2)]
    public void MalformedYaml_ReportsTheLineOfTheMistake(string text, int line)
    {
        var result = ParserFixture.Parse("articles/en/bad.md", text);

        Assert.Null(result.Document);
        Assert.Equal(line, Assert.Single(result.Findings).Line);
    }

    [Fact]
    public void UnclosedFrontMatter_IsAnError()
    {
        var result = ParserFixture.Parse("articles/en/open.md", "---\ntitle: Never closed\n\nBody\n");

        Assert.Null(result.Document);
        Assert.Contains("never closed", Assert.Single(result.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFile_LoadsWithAMissingTitleError()
    {
        var result = ParserFixture.Parse("articles/en/empty-file.md", string.Empty);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("missing-title", finding.Code);
        Assert.Equal("Empty file", result.Document!.Title);
    }

    [Fact]
    public void NoFrontMatter_LoadsWithTitleFromTheFirstHeading_AndAnError()
    {
        var result = ParserFixture.Parse("articles/en/plain.md", "# Plain heading\n\nJust Markdown.\n");

        Assert.Equal("missing-title", Assert.Single(result.Findings).Code);
        Assert.Equal("Plain heading", result.Document!.Title);
        Assert.Equal(1, result.Document.BodyLine);
    }

    [Fact]
    public void EmptyFrontMatter_IsAMissingTitle()
    {
        var result = ParserFixture.Parse("articles/en/x.md", "---\n---\nBody\n");

        Assert.Equal("missing-title", Assert.Single(result.Findings).Code);
    }

    [Fact]
    public void FrontMatterThatIsNotAMap_IsAnError()
    {
        var result = ParserFixture.Parse("articles/en/x.md", "---\n- just\n- a list\n---\nBody\n");

        Assert.Null(result.Document);
        Assert.Contains("key: value", Assert.Single(result.Findings).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reviewed: last week", 3, "'reviewed' must be a date")]
    [InlineData("review_every: soon", 3, "'review_every' must be a whole number")]
    [InlineData("review_every: -5", 3, "'review_every' must be a whole number")]
    [InlineData("tags:\n  nested: map", 3, "'tags' must be a list")]
    [InlineData("summary: [a, b]", 3, "'summary' must be a single value")]
    public void BadlyShapedValues_AreErrors_ButTheDocumentStillLoads(string line, int expectedLine, string message)
    {
        var result = ParserFixture.Parse("articles/en/x.md", $"---\ntitle: T\n{line}\n---\nBody\n");

        Assert.NotNull(result.Document);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(expectedLine, finding.Line);
        Assert.Contains(message, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateKeysDifferingOnlyInCase_AreReported_FirstWins()
    {
        var result = ParserFixture.Parse("articles/en/x.md", "---\ntitle: First\nTitle: Second\n---\nBody\n");

        Assert.Equal("First", result.Document!.Title);
        Assert.Equal(3, Assert.Single(result.Findings).Line);
    }

    [Fact]
    public void TagsWrittenAsCommaSeparatedText_AreSplit()
    {
        var article = ParserFixture.Article("---\ntitle: T\ntags: shipping, Delivery\n---\n");

        Assert.Equal(["shipping", "delivery"], article.Tags);
    }

    [Fact]
    public void Template_ReadsShortcutFieldsExamplesAndChannels()
    {
        var template = ParserFixture.Template("""
            ---
            title: Delivery times
            shortcut: /eta
            channels: [Email, sms]
            fields:
              - name: customer.first_name
                label: First name
                required: true
              - name: order.service
                type: choice
                options: [Standard, Express]
                default: Standard
            examples:
              - When will my order arrive?
            ---
            Hi {{ customer.first_name }}, {{ order.service }}.
            """);

        Assert.Equal("eta", template.Shortcut!.Value);
        Assert.Equal(["email", "sms"], template.Channels);
        Assert.Equal(2, template.Fields.Count);
        Assert.True(template.Fields[0].Required);
        Assert.Equal("First name", template.Fields[0].Label);
        Assert.Equal(6, template.Fields[0].Line);
        Assert.Equal(TemplateFieldType.Choice, template.Fields[1].Type);
        Assert.Equal(["Standard", "Express"], template.Fields[1].Options);
        Assert.Equal("Standard", template.Fields[1].Default);
        Assert.Equal("order.service", template.Fields[1].Label);
        Assert.Equal(["When will my order arrive?"], template.Examples);
    }

    [Theory]
    [InlineData("  - label: No name", "needs a 'name'")]
    [InlineData("  - name: bad name!", "must be letters")]
    [InlineData("  - name: a\n    type: colour", "unknown type 'colour'")]
    [InlineData("  - name: a\n    type: choice", "needs a list of 'options'")]
    [InlineData("  - name: a\n    type: choice\n    options: [x]\n    default: y", "is not one of its options")]
    [InlineData("  - name: a\n  - name: a", "declared twice")]
    [InlineData("  - name: a\n    required: maybe", "must be true or false")]
    public void InvalidTemplateFields_AreErrors(string fields, string message)
    {
        var result = ParserFixture.Parse("templates/en/x.md", $"---\ntitle: T\nfields:\n{fields}\n---\n{{{{ a }}}}\n");

        Assert.NotNull(result.Document);
        Assert.Contains(result.Findings, f => f.Severity == FindingSeverity.Error && f.Message.Contains(message, StringComparison.Ordinal));
    }
}
