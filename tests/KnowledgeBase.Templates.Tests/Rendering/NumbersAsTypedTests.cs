using static KnowledgeBase.Templates.Tests.Rendering.TemplateText;

namespace KnowledgeBase.Templates.Tests.Rendering;

/// <summary>
/// A number keeps the decimals it was typed with wherever the template prints it: directly, through
/// a text filter, after arithmetic. Liquid engines print <c>84.90</c> as <c>84.9</c> by default.
/// </summary>
public sealed class NumbersAsTypedTests
{
    private const string Total = "fields:\n  - name: order.total\n    label: Total\n    type: number\n    required: true";

    private static string Print(string body, string total, string language = "en") =>
        Render(Parse(Total, body, language), ("order.total", total)).Text;

    [Theory]
    [InlineData("{{ order.total }} EUR", "84.90 EUR")]
    [InlineData("{{ order.total | append: ' EUR' }}", "84.90 EUR")]
    [InlineData("{{ 'Total: ' | append: order.total }}", "Total: 84.90")]
    [InlineData("{{ order.total | prepend: '€' }}", "€84.90")]
    [InlineData("{% assign t = order.total %}{{ t }}", "84.90")]
    [InlineData("{% capture t %}{{ order.total }} EUR{% endcapture %}{{ t }}", "84.90 EUR")]
    [InlineData("{% if order.total %}{{ order.total }}{% endif %}", "84.90")]
    [InlineData("{{ order.total | default: 0 }}", "84.90")]
    public void NumberField_PrintsItsTrailingZeros_DirectlyAndThroughTextFilters(string body, string expected)
    {
        Assert.Equal(expected, Print(body, "84.90"));
    }

    [Theory]
    [InlineData("{{ order.total | plus: 0.10 }}", "85.00")]
    [InlineData("{{ order.total | minus: 4.90 }}", "80.00")]
    [InlineData("{{ order.total | round }}", "85")]
    [InlineData("{{ order.total | round: 1 }}", "84.9")]
    [InlineData("{{ order.total | times: 2 }}", "169.80")]
    [InlineData("{{ order.total | times: 1.21 }}", "102.7290")]
    [InlineData("{{ order.total | times: 1.21 | round: 2 }}", "102.73")]
    [InlineData("{% if order.total > 84.89 and order.total == 84.9 %}yes{% endif %}", "yes")]
    public void Arithmetic_AndComparisons_TreatItAsANumber(string body, string expected)
    {
        Assert.Equal(expected, Print(body, "84.90"));
    }

    [Theory]
    [InlineData("{{ order.total }}", "84,90")]
    [InlineData("{{ order.total | append: ' Kč' }}", "84,90 Kč")]
    [InlineData("{{ order.total | plus: 0.10 }}", "85,00")]
    public void NumberField_UsesTheTemplateLanguagesDecimalSeparator(string body, string expected)
    {
        Assert.Equal(expected, Print(body, "84.90", language: "cs"));
    }

    [Theory]
    [InlineData("{{ 84.90 }}", "84.90")]
    [InlineData("{{ 3.0 }}", "3.0")]
    [InlineData("{{ 7 }}", "7")]
    [InlineData("{% for i in (1..3) %}{{ forloop.index }}{% endfor %}", "123")]
    public void NumbersWrittenInTheTemplate_PrintAsWritten(string body, string expected)
    {
        Assert.Equal(expected, Render(Parse(string.Empty, body)).Text);
    }

    [Fact]
    public void TextFilterWithANumberArgument_StillReadsItAsANumber()
    {
        var template = Parse("fields:\n  - name: order.note\n  - name: order.limit\n    type: number", "{{ order.note | truncate: order.limit }}");

        var reply = Render(template, ("order.note", "Parcel left at the door"), ("order.limit", "9"));

        Assert.Equal("Parcel...", reply.Text);
        Assert.Empty(reply.Problems);
    }
}
