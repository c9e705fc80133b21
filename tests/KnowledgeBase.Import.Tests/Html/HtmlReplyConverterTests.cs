using KnowledgeBase.Import;
using KnowledgeBase.Import.Html;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Import.Tests.Html;

public sealed class HtmlReplyConverterTests
{
    private static readonly HtmlReplyConverter Converter = new(Options.Create(new ImportOptions()));

    private static string Text(string html) => Converter.Convert(html).Text;

    [Theory]
    [InlineData("<p>One</p><p>Two</p>", "One\n\nTwo")]
    [InlineData("<div>Hi,</div><div><br></div><div>thanks</div>", "Hi,\n\nthanks")]
    [InlineData("Line one<br>Line two", "Line one\nLine two")]
    [InlineData("<p>  lots   of\n  space&nbsp;here </p>", "lots of space here")]
    [InlineData("<p>Fish &amp; chips &lt;3</p>", "Fish & chips <3")]
    [InlineData("<ul><li>a</li><li>b</li></ul>", "- a\n- b")]
    [InlineData("<ol start=\"3\"><li>three</li><li>four</li></ol>", "3. three\n4. four")]
    [InlineData("<ul><li>a<ul><li>a1</li><li>a2</li></ul></li><li>b</li></ul>", "- a\n  - a1\n  - a2\n- b")]
    [InlineData("<ol><li>first<ol><li>inner</li></ol></li></ol>", "1. first\n   1. inner")]
    [InlineData("<p>See <a href=\"https://x.example/a\">our page</a>.</p>", "See our page (https://x.example/a).")]
    [InlineData("<a href=\"https://x.example/\">https://x.example/</a>", "https://x.example/")]
    [InlineData("<a href=\"mailto:care@x.example?subject=Hi\">care@x.example</a>", "care@x.example")]
    [InlineData("<a href=\"mailto:care@x.example\">write to us</a>", "write to us (care@x.example)")]
    [InlineData("<a href=\"%7B%7Bticket.url%7D%7D\">your ticket</a>", "your ticket ({{ticket.url}})")]
    [InlineData("<p>Say <strong>hello</strong> to <em>Jana</em></p>", "Say hello to Jana")]
    [InlineData("<blockquote><p>quoted</p><p>twice</p></blockquote>", "> quoted\n>\n> twice")]
    [InlineData("<table><tr><th>Zone</th><th>Days</th></tr><tr><td>EU</td><td>3</td></tr></table>", "Zone | Days\nEU | 3")]
    [InlineData("<h2>Heading</h2><p>text</p>", "Heading\n\ntext")]
    [InlineData("<p>Hi {{ticket.requester.first_name}},</p>", "Hi {{ticket.requester.first_name}},")]
    public void Html_BecomesReplyText(string html, string expected) => Assert.Equal(expected, Text(html));

    [Fact]
    public void ScriptsFramesAndScriptLinks_AreRemoved_AndSaidInTheNotes()
    {
        var result = Converter.Convert(
            "<p onclick=\"x()\">Hi<script>alert(1)</script></p><iframe src=\"https://evil.example\"></iframe>" +
            "<p><a href=\" JaVaScRiPt:alert(1)\">click</a></p><form><input value=\"x\"></form>");

        Assert.Equal("Hi\n\nclick", result.Text);
        Assert.Contains(result.Notes, n => n.Contains("<script>", StringComparison.Ordinal));
        Assert.Contains(result.Notes, n => n.Contains("<iframe>", StringComparison.Ordinal));
        Assert.Contains(result.Notes, n => n.Contains("javascript", StringComparison.Ordinal));
    }

    [Fact]
    public void ImagesAndRelativeLinks_AreLeftOut_WithANote()
    {
        var result = Converter.Convert("<p><img src=\"https://cdn.example/a.png\" alt=\"Label photo\">See <a href=\"/hc/articles/1\">the article</a></p>");

        Assert.Equal("See the article", result.Text);
        Assert.Contains(result.Notes, n => n.Contains("image", StringComparison.Ordinal) && n.Contains("Label photo", StringComparison.Ordinal));
        Assert.Contains(result.Notes, n => n.Contains("/hc/articles/1", StringComparison.Ordinal));
    }

    [Fact]
    public void DeeplyNestedHtml_IsReadWithoutOverflowingTheStack()
    {
        // 10,000 tags: as many as an item may have (ImportOptions.MaxHtmlTags), all nested.
        var html = string.Concat(Enumerable.Repeat("<div><span>", 2_500)) + "deep" + string.Concat(Enumerable.Repeat("</span></div>", 2_500));

        var result = Converter.Convert(html);

        Assert.Equal("deep", result.Text.Trim());
    }

    [Fact]
    public void BoldIsLeftOut_AndTheNoteSaysSo()
    {
        var result = Converter.Convert("<p><b>Important</b>: read this</p>");

        Assert.Equal("Important: read this", result.Text);
        Assert.Contains(result.Notes, n => n.StartsWith("Bold", StringComparison.Ordinal));
    }
}
