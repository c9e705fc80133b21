using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Markdown;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Templates.Rendering;

namespace KnowledgeBase.Templates.Tests.Rendering;

/// <summary>Builds templates the way the content loader does, and requests with sensible defaults.</summary>
internal static class TemplateText
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public static readonly AgentProfile Agent = new("Petra Nováková", "petra@brightcart.example", "Petra Nováková\nBrightcart Customer Care");

    private static readonly DocumentParser Parser = new(new MarkdownRenderer());

    /// <summary>A template from front matter lines and a body, as if saved at <c>templates/{language}/test.md</c>.</summary>
    public static ReplyTemplate Parse(string frontMatter, string body, string language = "en")
    {
        var location = new DocumentLocation($"templates/{language}/test", $"templates/{language}/test.md", DocumentKind.Template, language);
        var result = Parser.Parse(location, $"---\ntitle: Test\n{frontMatter.TrimEnd('\n')}\n---\n{body}");
        return (ReplyTemplate)(result.Document ?? throw new InvalidOperationException(string.Join("; ", result.Findings)));
    }

    public static RenderRequest Request(params (string Name, string? Value)[] values) =>
        new(null, values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal), Agent, Today);

    public static RenderedReply Render(ReplyTemplate template, params (string Name, string? Value)[] values) =>
        new TemplateRenderer().Render(template, Request(values));
}
