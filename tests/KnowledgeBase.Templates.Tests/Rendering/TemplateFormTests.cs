using KnowledgeBase.Templates.Liquid;
using KnowledgeBase.Templates.Rendering;
using static KnowledgeBase.Templates.Tests.Rendering.TemplateText;

namespace KnowledgeBase.Templates.Tests.Rendering;

public sealed class TemplateFormTests
{
    private static readonly Content.Model.ReplyTemplate Template = Parse(
        """
        channels: [email, sms]
        fields:
          - name: customer.first_name
            required: true
          - name: order.id
            required: true
          - name: agent.name
          - name: order.eta
        """,
        "Hi {{ customer.first_name }}, {{ order.id }} {{ order.eta }}\n\n{{ agent.signature }}\n\n## sms\n\n{{ order.id }} {{ today }}\n");

    [Fact]
    public void FieldsOf_ListsDeclaredFieldsInOrder_WithoutStandardOnes_AndTheStandardFieldsRead()
    {
        var form = TemplateForm.FieldsOf(Template);

        Assert.Equal(["customer.first_name", "order.id", "order.eta"], form.Fields.Select(f => f.Name));
        Assert.Equal([StandardFields.AgentSignature, StandardFields.Today], form.StandardFields);
        Assert.True(form.Uses(StandardFields.AgentSignature));
        Assert.False(form.Uses(StandardFields.AgentName));
    }

    [Fact]
    public void FieldsFor_AChannel_ListsOnlyWhatItsTextReads()
    {
        var form = TemplateForm.FieldsFor(Template, "sms");

        Assert.Equal(["order.id"], form.Fields.Select(f => f.Name));
        Assert.Equal([StandardFields.Today], form.StandardFields);
    }
}
