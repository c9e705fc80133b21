using System.Text.Json;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Cli.Tests;

public sealed class ShowCommandTests : IDisposable
{
    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Html_ContainsNoScript_EvenWhenTheMarkdownDoes()
    {
        _folder.Article("articles/en/evil", "title: <script>alert('title')</script>",
            "## Hi\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[x](javascript:alert(3))\n");

        var result = KbRunner.Run("show", "articles/en/evil", "--html", "--content", _folder.Root);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("<script", result.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", result.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript:", result.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<h2 id=\"hi\">Hi</h2>", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ShippedArticle_RendersAsHtmlWithAnchors()
    {
        var result = KbRunner.Run("show", "articles/en/shipping/delivery-times", "--html");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("id=\"where-orders-ship-from\"", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", result.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Text_IsTheTitleAndSectionsAsPlainText()
    {
        _folder.Article("articles/en/a", "title: Refunds\nsummary: How refunds work.", "Intro with **bold**.\n\n## Timeline\n\nFive *working* days.\n");

        var result = KbRunner.Run("show", "articles/en/a.md", "--text", "--content", _folder.Root);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Refunds\n=======\n\nHow refunds work.\n\nIntro with bold.\n\nTimeline\n--------\nFive working days.\n\n", result.Output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownId_ExitsTwo_WithSuggestions()
    {
        var result = KbRunner.Run("show", "articles/en/delivery-times");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no article or template with id 'articles/en/delivery-times'", result.Error, StringComparison.Ordinal);
        Assert.Contains("articles/en/shipping/delivery-times", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_DescribesTheDocumentAndItsSections()
    {
        var result = KbRunner.Run("show", "templates/ru/sroki-dostavki", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("template", json.RootElement.GetProperty("type").GetString());
        Assert.Equal("ru", json.RootElement.GetProperty("lang").GetString());
        Assert.Equal("text", json.RootElement.GetProperty("format").GetString());
    }

    [Fact]
    public void HtmlAndTextTogether_IsAUsageError()
    {
        var result = KbRunner.Run("show", "articles/en/shipping/delivery-times", "--html", "--text");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("cannot be used together", result.Error, StringComparison.Ordinal);
    }
}
