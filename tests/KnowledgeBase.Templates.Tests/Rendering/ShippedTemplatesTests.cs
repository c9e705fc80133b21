using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Markdown;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Templates.Rendering;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Templates.Tests.Rendering;

/// <summary>Every template in the shipped content renders cleanly for every channel it declares.</summary>
public sealed class ShippedTemplatesTests
{
    private static readonly Lazy<IReadOnlyList<ReplyTemplate>> Shipped = new(() =>
        [.. new ContentLoader(new DocumentParser(new MarkdownRenderer())).Load(RepositoryPaths.Content).Templates]);

    public static TheoryData<string, string?> TemplatesAndChannels()
    {
        var data = new TheoryData<string, string?>();
        foreach (var template in Shipped.Value)
        {
            data.Add(template.Id, null);
            foreach (var channel in template.Channels)
            {
                data.Add(template.Id, channel);
            }
        }

        return data;
    }

    [Fact]
    public void ShippedContent_HasTemplatesInSeveralLanguages()
    {
        Assert.True(Shipped.Value.Count >= 20);
        Assert.Equal(["cs", "en", "fr", "lv", "ru"], Shipped.Value.Select(t => t.Language).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TemplatesAndChannels))]
    public void WithOnlyRequiredFields_RendersComplete(string id, string? channel)
    {
        var template = Shipped.Value.Single(t => t.Id == id);
        var values = template.Fields.Where(f => f.Required).ToDictionary(f => f.Name, f => (string?)Sample(f), StringComparer.Ordinal);

        AssertComplete(new TemplateRenderer().Render(template, Request(channel, values)));
    }

    [Theory]
    [MemberData(nameof(TemplatesAndChannels))]
    public void WithEveryFieldAndEveryChoice_RendersComplete(string id, string? channel)
    {
        var template = Shipped.Value.Single(t => t.Id == id);
        var values = template.Fields.ToDictionary(f => f.Name, f => (string?)Sample(f), StringComparer.Ordinal);
        var renderer = new TemplateRenderer();

        // Each option of each choice, so every branch of the template's conditions is rendered once.
        foreach (var choice in template.Fields.Where(f => f.Type == TemplateFieldType.Choice))
        {
            foreach (var option in choice.Options)
            {
                AssertComplete(renderer.Render(template, Request(channel, new Dictionary<string, string?>(values) { [choice.Name] = option })));
            }
        }

        AssertComplete(renderer.Render(template, Request(channel, values)));
    }

    private static RenderRequest Request(string? channel, IReadOnlyDictionary<string, string?> values) =>
        new(channel, values, TemplateText.Agent, TemplateText.Today);

    private static string Sample(TemplateField field) => field.Type switch
    {
        TemplateFieldType.Number => "12.50",
        TemplateFieldType.Date => "2026-11-20",
        TemplateFieldType.Choice => field.Default ?? field.Options[0],
        _ => $"sample {field.Name}",
    };

    private static void AssertComplete(RenderedReply reply)
    {
        Assert.Empty(reply.Problems);
        Assert.True(reply.IsComplete);
        Assert.False(PlaceholderMarkers.Any(reply.Text));
        Assert.DoesNotContain("{{", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("{%", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Liquid error", reply.Text, StringComparison.Ordinal);
        Assert.NotEqual(string.Empty, reply.Text);
        Assert.Equal(reply.Text.Trim(), reply.Text);
    }
}
