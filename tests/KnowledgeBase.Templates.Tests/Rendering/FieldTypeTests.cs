using KnowledgeBase.Templates.Rendering;
using static KnowledgeBase.Templates.Tests.Rendering.TemplateText;

namespace KnowledgeBase.Templates.Tests.Rendering;

public sealed class FieldTypeTests
{
    private static RenderedReply RenderField(string type, string body, string? value, string language = "en", string extra = "") =>
        Render(Parse($"fields:\n  - name: order.value\n    label: The value\n    type: {type}\n    required: true\n{extra}", body, language), ("order.value", value));

    // Decimals print as typed, trailing zeros included: 84.90 is an amount, 84.9 is not.
    [Theory]
    [InlineData("84.90", "84.90")]
    [InlineData("84,90", "84.90")]
    [InlineData(" 1 234,50 ", "1234.50")]
    [InlineData("1,234.50", "1234.50")]
    [InlineData("1.234,50", "1234.50")]
    [InlineData("-3", "-3")]
    [InlineData("0,5", "0.5")]
    [InlineData("12.000", "12.000")]
    [InlineData("0.00005", "0.00005")]
    public void Number_AcceptsInvariantAndCommaDecimalInput_AndPrintsItsDecimalsAsTyped(string typed, string printed)
    {
        var reply = RenderField("number", "{{ order.value }}", typed);

        Assert.Equal(printed, reply.Text);
        Assert.True(reply.IsComplete);
    }

    [Fact]
    public void Number_IsANumberInLiquid_SoComparisonsAndArithmeticWork()
    {
        var reply = RenderField("number", "{% if order.value > 50 %}free shipping{% endif %}, total {{ order.value | plus: 4.95 }}", "84,90");

        Assert.Equal("free shipping, total 89.85", reply.Text);
    }

    [Fact]
    public void Number_PrintsWithTheTemplateLanguagesDecimalSeparator()
    {
        var reply = RenderField("number", "{{ order.value }}", "84.90", language: "cs");

        Assert.Equal("84,90", reply.Text);
    }

    [Theory]
    [InlineData("84.90 EUR")]
    [InlineData("eighty")]
    [InlineData("1,234,567")]
    [InlineData("1.2.3")]
    [InlineData("12,34.5")]
    public void Number_RejectsText_WithAnExactMessage(string typed)
    {
        var reply = RenderField("number", "Total {{ order.value }}", typed);

        Assert.Equal("Total ⟦The value⟧", reply.Text);
        Assert.Equal(new FieldProblem("order.value", "The value", FieldProblemKind.Invalid, "order.value must be a number"), Assert.Single(reply.Problems));
    }

    // The gap marker stands in for the number: a comparison with it is false, never a template error
    // that would blank the preview while the agent is still typing.
    [Theory]
    [InlineData(null, "missing required field: order.value")]
    [InlineData("lots", "order.value must be a number")]
    public void NumberLeftEmptyOrInvalid_KeepsItsMarker_WhereATagComparesIt(string? typed, string problem)
    {
        var reply = RenderField("number", "Total {{ order.value }}.{% if order.value > 50 %} Free shipping.{% endif %}{% if 50 < order.value or order.value == 3 %} Never.{% endif %}", typed);

        Assert.Equal("Total ⟦The value⟧.", reply.Text);
        Assert.Equal(problem, Assert.Single(reply.Problems).Message);
    }

    [Theory]
    [InlineData("2026-11-05")]
    [InlineData("5.11.2026")]
    [InlineData("05. 11. 2026")]
    [InlineData("5/11/2026")]
    public void Date_AcceptsIsoAndDayFirst_AndPrintsTheLongDate(string typed)
    {
        var reply = RenderField("date", "Delivered on {{ order.value }}.", typed);

        Assert.Equal("Delivered on 5 November 2026.", reply.Text);
    }

    [Theory]
    [InlineData("11/23/2026")]
    [InlineData("2026-02-30")]
    [InlineData("tomorrow")]
    public void Date_RejectsWhatIsNotADate(string typed)
    {
        var reply = RenderField("date", "{{ order.value }}", typed);

        Assert.Equal("⟦The value⟧", reply.Text);
        var problem = Assert.Single(reply.Problems);
        Assert.Equal(FieldProblemKind.Invalid, problem.Kind);
        Assert.StartsWith("order.value must be a date", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("express", "Express")]
    [InlineData("  STANDARD ", "Standard")]
    public void Choice_MatchesOptionsIgnoringCase_AndPrintsTheOptionAsDeclared(string typed, string printed)
    {
        var reply = RenderField("choice", "{{ order.value }}", typed, extra: "    options: [Standard, Express]\n");

        Assert.Equal(printed, reply.Text);
    }

    [Fact]
    public void Choice_RejectsOtherText_ListingTheOptions()
    {
        var reply = RenderField("choice", "{{ order.value }}", "Overnight", extra: "    options: [Standard, Express]\n");

        Assert.Equal("order.value must be one of: Standard, Express", Assert.Single(reply.Problems).Message);
    }

    [Fact]
    public void Text_IsTrimmed_AndPrintedExactly()
    {
        var reply = RenderField("text", "[{{ order.value }}]", "  O'Brien & Söhne <GmbH>  ");

        Assert.Equal("[O'Brien & Söhne <GmbH>]", reply.Text);
    }

    [Fact]
    public void InvalidValue_InAFieldTheVariantDoesNotRead_IsNoProblem()
    {
        var template = Parse("channels: [email, sms]\nfields:\n  - name: order.total\n    type: number\n  - name: order.id", "Total {{ order.total }}\n\n## sms\n\nOrder {{ order.id }}");

        var reply = new TemplateRenderer().Render(template, Request(("order.total", "lots"), ("order.id", "A1")) with { Channel = "sms" });

        Assert.True(reply.IsComplete);
    }
}
