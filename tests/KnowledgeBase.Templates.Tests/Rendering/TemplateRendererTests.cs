using KnowledgeBase.Templates.Rendering;
using static KnowledgeBase.Templates.Tests.Rendering.TemplateText;

namespace KnowledgeBase.Templates.Tests.Rendering;

public sealed class TemplateRendererTests
{
    private const string OrderFields = """
        fields:
          - name: customer.first_name
            label: Customer's first name
            required: true
          - name: order.id
            label: Order number
            required: true
          - name: order.eta
            label: Delivery estimate
        """;

    [Fact]
    public void DeclaredFields_AreFilledIn()
    {
        var template = Parse(OrderFields, "Hi {{ customer.first_name }},\n\nyour order {{ order.id }} ships {{ order.eta }}.\n");

        var reply = Render(template, ("customer.first_name", "Jana"), ("order.id", "BC-1"), ("order.eta", "tomorrow"));

        Assert.Equal("Hi Jana,\n\nyour order BC-1 ships tomorrow.", reply.Text);
        Assert.True(reply.IsComplete);
        Assert.Empty(reply.Problems);
        Assert.Equal("templates/en/test", reply.TemplateId);
        Assert.Null(reply.Channel);
    }

    [Fact]
    public void MissingRequiredField_LeavesAMarkerWithItsLabel_AndAProblem()
    {
        var template = Parse(OrderFields, "Hi {{ customer.first_name }}, your order {{ order.id }}.");

        var reply = Render(template, ("customer.first_name", "Jana"), ("order.id", "   "));

        Assert.Equal("Hi Jana, your order ⟦Order number⟧.", reply.Text);
        Assert.False(reply.IsComplete);
        var problem = Assert.Single(reply.Problems);
        Assert.Equal(new FieldProblem("order.id", "Order number", FieldProblemKind.Missing, "missing required field: order.id"), problem);
    }

    [Fact]
    public void EveryMissingRequiredField_IsListed_InDeclarationOrder()
    {
        var template = Parse(OrderFields, "{{ order.id }} {{ customer.first_name }}");

        var reply = Render(template);

        Assert.Equal(["missing required field: customer.first_name", "missing required field: order.id"], reply.Problems.Select(p => p.Message));
        Assert.Equal("⟦Order number⟧ ⟦Customer's first name⟧", reply.Text);
    }

    [Fact]
    public void OptionalEmptyField_PrintsNothing_AndIsFalseInConditions()
    {
        var template = Parse(OrderFields, "Order {{ order.id }}{% if order.eta %} arrives {{ order.eta }}{% endif %}. [{{ order.eta }}]");

        var reply = Render(template, ("order.id", "BC-1"), ("order.eta", ""));

        Assert.Equal("Order BC-1. []", reply.Text);
        Assert.True(reply.IsComplete);
    }

    [Fact]
    public void DefaultFilter_CoversAnEmptyOptionalField()
    {
        var template = Parse(OrderFields, "{{ order.id }} arrives {{ order.eta | default: \"within 3 days\" }}.");

        var reply = Render(template, ("order.id", "BC-1"));

        Assert.Equal("BC-1 arrives within 3 days.", reply.Text);
    }

    [Fact]
    public void DeclaredDefault_AppliesWhenTheValueIsAbsentOrBlank()
    {
        var template = Parse("""
            fields:
              - name: order.service
                type: choice
                options: [Standard, Express]
                default: Standard
                required: true
              - name: order.note
                default: Thanks for waiting.
            """, "{{ order.service }} delivery. {{ order.note }}");

        Assert.Equal("Standard delivery. Thanks for waiting.", Render(template).Text);
        Assert.Equal("Standard delivery. Thanks for waiting.", Render(template, ("order.service", " "), ("order.note", "\n")).Text);
        Assert.Equal("Express delivery. Soon.", Render(template, ("order.service", "express"), ("order.note", "Soon.")).Text);
    }

    [Theory]
    [InlineData("Express", "Fast.")]
    [InlineData("Standard", "Normal.")]
    public void Conditionals_FollowTheValues(string service, string expected)
    {
        var template = Parse("""
            fields:
              - name: order.service
                type: choice
                options: [Standard, Express]
            """, "{% if order.service == \"Express\" %}Fast.{% else %}Normal.{% endif %}");

        Assert.Equal(expected, Render(template, ("order.service", service)).Text);
    }

    [Fact]
    public void UndeclaredPlaceholder_ShowsItsPathAsAMarker_AndIsAnUnknownProblem()
    {
        var template = Parse(OrderFields, "Order {{ order.id }}: {{ order.tracking_url }}");

        var reply = Render(template, ("order.id", "BC-1"), ("order.tracking_url", "https://x.example"));

        Assert.Equal("Order BC-1: ⟦order.tracking_url⟧", reply.Text);
        var problem = Assert.Single(reply.Problems);
        Assert.Equal(FieldProblemKind.Unknown, problem.Kind);
        Assert.Equal("order.tracking_url", problem.Label);
    }

    [Fact]
    public void UndeclaredPlaceholder_WithADefaultOrOnlyInACondition_IsFine()
    {
        var template = Parse(OrderFields, "{{ order.id }}{% if order.express %} express{% endif %} {{ order.note | default: \"ok\" }}");

        var reply = Render(template, ("order.id", "BC-1"));

        Assert.Equal("BC-1 ok", reply.Text);
        Assert.True(reply.IsComplete);
    }

    [Fact]
    public void ValuesForUndeclaredNames_AreIgnored()
    {
        var template = Parse(OrderFields, "{{ order.id }}");

        var reply = Render(template, ("order.id", "BC-1"), ("order.secret", "x"), ("Order.Id", "wrong case"));

        Assert.Equal("BC-1", reply.Text);
        Assert.True(reply.IsComplete);
    }

    [Fact]
    public void FieldsTheVariantDoesNotRead_AreNotRequired()
    {
        var template = Parse("channels: [email, sms]\n" + OrderFields, "Hi {{ customer.first_name }}, order {{ order.id }}.\n\n## sms\n\nOrder {{ order.id }} ships today.\n");

        var reply = new TemplateRenderer().Render(template, Request(("order.id", "BC-1")) with { Channel = "sms" });

        Assert.Equal("Order BC-1 ships today.", reply.Text);
        Assert.True(reply.IsComplete);
    }

    [Theory]
    [InlineData("{{ 7 * 7 }}")]
    [InlineData("{{ agent.email }}")]
    [InlineData("{% raw %}x{% endraw %}")]
    [InlineData("{% include 'secrets' %}")]
    [InlineData("{% for i in (1..99999) %}x{% endfor %}")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("⟦ not a marker")]
    public void Values_AreNeverEvaluated_AndPrintExactlyAsTyped(string value)
    {
        var template = Parse(OrderFields, "Order {{ order.id }}.");

        var reply = Render(template, ("order.id", value));

        Assert.Equal($"Order {value}.", reply.Text);
        Assert.Empty(reply.Problems);
    }

    [Fact]
    public void Html_EscapesValues_WhileTextKeepsThemExact()
    {
        var template = Parse(OrderFields, "Hi {{ customer.first_name }},\n\nOrder {{ order.id }}\nis on its way.");

        var reply = Render(template, ("customer.first_name", "<script>alert('x')</script>"), ("order.id", "A&B \"1\""));

        Assert.Equal("Hi <script>alert('x')</script>,\n\nOrder A&B \"1\"\nis on its way.", reply.Text);
        Assert.Equal("<p>Hi &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;,</p>\n<p>Order A&amp;B &quot;1&quot;<br>\nis on its way.</p>", reply.Html);
        Assert.DoesNotContain("<script", reply.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void StandardAgentFields_ComeFromTheProfile_NotFromValues()
    {
        var template = Parse("", "{{ agent.name }} <{{ agent.email }}>\n\n{{ agent.signature }}");

        var reply = Render(template, ("agent.name", "Impostor"));

        Assert.Equal("Petra Nováková <petra@brightcart.example>\n\nPetra Nováková\nBrightcart Customer Care", reply.Text);
        Assert.True(reply.IsComplete);
    }

    [Fact]
    public void EmptyAgentField_PrintedWithoutADefault_IsAMarkerAndAProblem()
    {
        var template = Parse("", "Thanks,\n{{ agent.signature }}\n{{ agent.email | default: \"support@brightcart.example\" }}{% if agent.name %} ({{ agent.name | default: \"x\" }}){% endif %}");

        var reply = new TemplateRenderer().Render(template, Request() with { Agent = new AgentProfile(" ", null, "") });

        Assert.Equal("Thanks,\n⟦agent.signature⟧\nsupport@brightcart.example", reply.Text);
        var problem = Assert.Single(reply.Problems);
        Assert.Equal(new FieldProblem("agent.signature", "agent.signature", FieldProblemKind.Missing, "missing agent field: agent.signature"), problem);
    }

    [Fact]
    public void Whitespace_IsTidied_TrailingSpacesBlankRunsAndEnds()
    {
        var template = Parse(OrderFields, "\n\nHi {{ customer.first_name }},   \r\n{% if order.eta %}\nSoon.\n{% endif %}\n\n\n\nBye {{ order.eta }}\t\n\n\n");

        var reply = Render(template, ("customer.first_name", "Jana"));

        Assert.Equal("Hi Jana,\n\nBye", reply.Text);
    }

    [Fact]
    public void MultilineValue_KeepsItsLines_WithLfAndNoSurroundingSpace()
    {
        var template = Parse("fields:\n  - name: reply.note\n    type: multiline", "Note:\n{{ reply.note }}\nEnd");

        var reply = Render(template, ("reply.note", "  \r\nLine one\r\nLine two  \r\n\r\n"));

        Assert.Equal("Note:\nLine one\nLine two\nEnd", reply.Text);
    }

    [Fact]
    public void RunawayLoop_IsATemplateProblem_NotAnException()
    {
        var template = Parse("", "{% for i in (1..100000) %}x{% endfor %}");

        var reply = Render(template);

        var problem = Assert.Single(reply.Problems);
        Assert.Equal(FieldProblemKind.Template, problem.Kind);
        Assert.Equal("the template loops more than 1000 times", problem.Message);
        Assert.False(reply.IsComplete);
    }

    [Fact]
    public void UnknownFilter_IsATemplateProblem_AndTheValuePrintsUnfiltered()
    {
        var template = Parse(OrderFields, "{{ order.id | upcase }} {{ order.id | shout }}");

        var reply = Render(template, ("order.id", "bc-1"));

        Assert.Equal("BC-1 bc-1", reply.Text);
        var problem = Assert.Single(reply.Problems);
        Assert.Equal(new FieldProblem(string.Empty, string.Empty, FieldProblemKind.Template, "unknown Liquid filter 'shout'"), problem);
    }

    [Theory]
    [InlineData("{% if order.id %}never closed")]
    [InlineData("{% include 'other' %}")]
    public void InvalidLiquid_IsATemplateProblem_WithNoText(string body)
    {
        var template = Parse(OrderFields, body);

        var reply = Render(template, ("order.id", "BC-1"));

        Assert.Equal(string.Empty, reply.Text);
        Assert.Equal(FieldProblemKind.Template, Assert.Single(reply.Problems).Kind);
    }

    [Fact]
    public void FilterErrorAtRender_IsATemplateProblem()
    {
        var template = Parse(OrderFields, "{{ order.id | truncate: 'many' }}");

        var reply = Render(template, ("order.id", "BC-1"));

        Assert.Equal(FieldProblemKind.Template, Assert.Single(reply.Problems).Kind);
    }

    [Fact]
    public void Now_InADateFilter_IsTheRequestsDay()
    {
        var reply = Render(Parse(string.Empty, "{{ 'now' | date: '%d.%m.%Y' }}"));

        Assert.Equal("23.11.2026", reply.Text);
    }

    [Fact]
    public void NamesAreCaseSensitive_LikeTheFieldsThatDeclareThem()
    {
        var template = Parse(OrderFields, "{{ order.id }}|{{ Order.Id | default: 'none' }}");

        var reply = Render(template, ("order.id", "BC-1"));

        Assert.Equal("BC-1|none", reply.Text);
    }

    [Fact]
    public void RenderingFromManyThreads_GivesEachItsOwnValues()
    {
        var template = Parse(OrderFields, "{% assign greeting = 'Hi ' | append: customer.first_name %}{{ greeting }} {{ order.id }}");
        var renderer = new TemplateRenderer();

        var texts = Enumerable.Range(0, 200).AsParallel()
            .Select(i => (i, renderer.Render(template, Request(("customer.first_name", $"C{i}"), ("order.id", $"O{i}"))).Text))
            .ToList();

        Assert.All(texts, t => Assert.Equal($"Hi C{t.i} O{t.i}", t.Text));
    }
}
