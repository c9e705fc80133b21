using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Markdown;
using KnowledgeBase.Content.Model;

namespace KnowledgeBase.Content.Tests;

/// <summary>Parses a file's text as if it were at a given path in a content folder.</summary>
internal static class ParserFixture
{
    public static readonly MarkdownRenderer Markdown = new();

    private static readonly DocumentParser Parser = new(Markdown);

    public static ParseResult Parse(string relativePath, string text)
    {
        var location = ContentLayout.Locate(relativePath, conventional: true, out var finding)
            ?? throw new InvalidOperationException($"not a content path: {relativePath} ({finding?.Message})");
        return Parser.Parse(location, text);
    }

    public static Article Article(string text) => (Article)Parse("articles/en/test.md", text).Document!;

    public static ReplyTemplate Template(string text) => (ReplyTemplate)Parse("templates/en/test.md", text).Document!;
}
