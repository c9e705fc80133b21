namespace KnowledgeBase.Content.Tests.Markdown;

public sealed class SectionSplittingTests
{
    [Theory]
    [InlineData("en", "Where orders ship from", "where-orders-ship-from")]
    [InlineData("cs", "Odkud objednávky odesíláme", "odkud-objednávky-odesíláme")]
    [InlineData("lv", "No kurienes tiek nosūtīti pasūtījumi", "no-kurienes-tiek-nosūtīti-pasūtījumi")]
    [InlineData("fr", "D'où partent les commandes", "doù-partent-les-commandes")]
    [InlineData("ru", "Комиссия за возврат", "комиссия-за-возврат")]
    public void HeadingAnchors_AreGitHubStyle_InEveryLanguage(string language, string heading, string anchor)
    {
        var result = ParserFixture.Parse($"articles/{language}/x.md", $"---\ntitle: T\n---\nIntro.\n\n## {heading}\n\nText.\n");

        var section = result.Document!.Sections.Single(s => !s.IsIntroduction);
        Assert.Equal(anchor, section.Anchor);
        Assert.Equal(heading, section.Heading);
    }

    [Fact]
    public void Article_IsSplitAtH2AndH3_WithIntroductionFirst()
    {
        var article = ParserFixture.Article("""
            ---
            title: Delivery times
            ---
            How long delivery takes.

            ## Standard delivery

            Two to four **working** days.

            ### Large items

            Five to ten days.

            #### Not a section

            Still large items.

            ## Where orders ship from

            | Warehouse | Countries |
            |---|---|
            | Brno | CZ |
            """);

        var sections = article.Sections;
        Assert.Equal(4, sections.Count);
        Assert.Null(sections[0].Anchor);
        Assert.Equal("How long delivery takes.", sections[0].Text);
        Assert.Equal(4, sections[0].Line);
        Assert.Equal("standard-delivery", sections[1].Anchor);
        Assert.Equal(2, sections[1].Level);
        Assert.Equal("Two to four working days.", sections[1].Text);
        Assert.Equal(6, sections[1].Line);
        Assert.Equal("large-items", sections[2].Anchor);
        Assert.Equal(3, sections[2].Level);
        Assert.Contains("Still large items.", sections[2].Text, StringComparison.Ordinal);
        Assert.Equal("where-orders-ship-from", sections[3].Anchor);
        Assert.Contains("Brno", sections[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedHeadings_GetDistinctAnchors()
    {
        var article = ParserFixture.Article("---\ntitle: T\n---\n## Notes\n\na\n\n## Notes\n\nb\n");

        Assert.Equal(["notes", "notes-1"], article.Sections.Select(s => s.Anchor));
    }

    [Fact]
    public void ArticleWithoutHeadings_IsOneIntroductionSection()
    {
        var article = ParserFixture.Article("---\ntitle: T\n---\nJust one paragraph with *emphasis* and a [link](https://example.com).\n");

        var section = Assert.Single(article.Sections);
        Assert.True(section.IsIntroduction);
        Assert.Equal("Just one paragraph with emphasis and a link.", section.Text);
    }

    [Fact]
    public void SectionText_IsPlainText_WithoutMarkupOrHtml()
    {
        var article = ParserFixture.Article("---\ntitle: T\n---\n## Codes\n\nUse `WINTER25` — see <b>bold</b>, ~~old~~ and 5 < 6.\n");

        Assert.Equal("Use WINTER25 — see bold, old and 5 < 6.", article.Sections[0].Text);
    }

    [Fact]
    public void AlertBlocks_BecomePlainText_WithoutMarkup()
    {
        var article = ParserFixture.Article("---\ntitle: T\n---\n## Careful\n\n> [!WARNING]\n> Never ask for the CVV.\n");

        Assert.Equal("Never ask for the CVV.", article.Sections[0].Text);
    }

    [Fact]
    public void TemplateChannelHeadings_SplitTheBodyIntoVariants()
    {
        var template = ParserFixture.Template("""
            ---
            title: Delivery
            channels: [email, chat, sms]
            ---
            Hi {{ customer.first_name }}, it ships today.

            ## SMS

            Ships today.
            """);

        Assert.Equal("Hi {{ customer.first_name }}, it ships today.", template.VariantFor("email").Body.Trim());
        Assert.Equal("Hi {{ customer.first_name }}, it ships today.", template.VariantFor("chat").Body.Trim());
        var sms = template.VariantFor("sms");
        Assert.Equal("sms", sms.Channel);
        Assert.Equal("Ships today.", sms.Body.Trim());
        Assert.Equal(9, sms.Line);
    }

    [Fact]
    public void HeadingNamedLikeAnUndeclaredChannel_IsTextAndAWarning()
    {
        var result = ParserFixture.Parse("templates/en/x.md", "---\ntitle: T\n---\nHello.\n\n## sms\n\nShort.\n");

        var template = Assert.IsType<Model.ReplyTemplate>(result.Document);
        Assert.Single(template.Variants);
        Assert.Contains(result.Findings, f => f.Code == "channel" && f.Message.Contains("not listed in 'channels'", StringComparison.Ordinal));
    }
}
