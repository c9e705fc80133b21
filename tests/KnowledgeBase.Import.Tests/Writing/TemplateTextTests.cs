using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Markdown;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Import.Placeholders;
using KnowledgeBase.Import.Writing;

namespace KnowledgeBase.Import.Tests.Writing;

public sealed class TemplateTextTests
{
    private static ImportedTemplate Template(string title = "Delivery delayed", string body = "Hi {{ customer.first_name }},\n\nYour order is late.") =>
        new(title, "late", ["zendesk", "shipping"], [new ImportedField("customer.first_name", "Customer's first name", true)], "inactive",
            "zendesk:macro:1", "Shipping::" + title, ["Shipping"], ["group 7"], ["In Zendesk this macro also sets status: solved."], ["a note"], body);

    private static ReplyTemplate Parse(string text)
    {
        var result = new DocumentParser(new MarkdownRenderer()).Parse(new DocumentLocation("templates/en/zendesk/x", "templates/en/zendesk/x.md", DocumentKind.Template, "en"), text);
        Assert.DoesNotContain(result.Findings, f => f.Severity == KnowledgeBase.Content.Validation.FindingSeverity.Error);
        return Assert.IsType<ReplyTemplate>(result.Document);
    }

    [Fact]
    public void TheFile_IsATemplateWithItsFieldsShortcutTagsAndSource()
    {
        var template = Parse(TemplateText.Compose(Template()));

        Assert.Equal("Delivery delayed", template.Title);
        Assert.Equal("late", template.Shortcut!.Value);
        Assert.Equal(["zendesk", "shipping"], template.Tags);
        Assert.Equal("customer.first_name", Assert.Single(template.Fields).Name);
        Assert.Equal("zendesk:macro:1", template.Extra["source"]);
        Assert.Equal("inactive", template.Extra["status"]);
        Assert.StartsWith("Hi {{ customer.first_name }},", template.Body.TrimStart('\n'), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Quotes \" and \\ backslash")]
    [InlineData("---")]
    [InlineData("Colon: and # hash &anchor *alias")]
    [InlineData("Line\nbreak\r\nand\ttab and \u2028 separator and \u0007 bell")]
    [InlineData("title: injected\n---\nbody")]
    public void HostileTitles_StayOneTitle(string title)
    {
        var template = Parse(TemplateText.Compose(Template(title)));

        Assert.Equal(title, template.Title);
    }

    [Fact]
    public void AFileAsImported_IsRecognised_AndAnEditedOneIsNot()
    {
        var text = TemplateText.Compose(Template());

        Assert.True(TemplateText.IsAsImported(text));
        Assert.True(TemplateText.IsAsImported("\uFEFF" + text.Replace("\n", "\r\n", StringComparison.Ordinal)));
        Assert.False(TemplateText.IsAsImported(text.Replace("Your order is late.", "Your order is very late.", StringComparison.Ordinal)));
        Assert.False(TemplateText.IsAsImported("---\ntitle: x\n---\nbody\n"));
    }
}
