using KnowledgeBase.Content.Markdown;

namespace KnowledgeBase.Content.Tests.Markdown;

public sealed class SanitizationTests
{
    private readonly MarkdownRenderer _markdown = ParserFixture.Markdown;

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Text <script src=\"https://evil.example/x.js\"></script> more")]
    [InlineData("<div>\n<script>alert(1)</script>\n</div>")]
    public void ScriptTags_NeverReachTheOutput(string markdown)
    {
        var html = _markdown.ToHtml(markdown);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"#\" onclick=\"steal()\">x</a>")]
    [InlineData("<p onmouseover=\"x()\">hover</p>")]
    public void EventHandlers_NeverBecomeAttributes(string markdown)
    {
        var html = _markdown.ToHtml(markdown);

        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a href=\"#\" onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<p onmouseover", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](  javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[click][ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("![img](javascript:alert(1))")]
    public void JavascriptLinks_AreRemoved(string markdown)
    {
        var html = _markdown.ToHtml(markdown);

        // The words may remain as visible text; no attribute may carry the scheme.
        Assert.DoesNotContain("=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("=\"  javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void SafeMarkup_Survives()
    {
        var html = _markdown.ToHtml("""
            ## Heading

            - [x] done

            > [!WARNING]
            > Careful.

            | a | b |
            |---|---|
            | 1 | 2 |

            [mail](mailto:support@brightcart.example) [web](https://example.com) [doc](../x.md#a)
            """);

        Assert.Contains("<h2 id=\"heading\">Heading</h2>", html, StringComparison.Ordinal);
        Assert.Contains("type=\"checkbox\"", html, StringComparison.Ordinal);
        Assert.Contains("markdown-alert-warning", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:support@brightcart.example\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.com\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"../x.md#a\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RawHtml_IsShownAsText()
    {
        var html = _markdown.ToHtml("Press <kbd>Enter</kbd>");

        Assert.Contains("&lt;kbd&gt;Enter&lt;/kbd&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void LinkRewriter_ChangesOnlyTheLinksItMaps()
    {
        var html = _markdown.ToHtml("[a](../a.md) [b](https://b.example)", url => url.EndsWith(".md", StringComparison.Ordinal) ? "/articles/a" : null);

        Assert.Contains("href=\"/articles/a\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://b.example\"", html, StringComparison.Ordinal);
    }
}
