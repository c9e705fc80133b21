using KnowledgeBase.Templates.Rendering;
using static KnowledgeBase.Templates.Tests.Rendering.TemplateText;

namespace KnowledgeBase.Templates.Tests.Rendering;

public sealed class DateFormattingTests
{
    // Russian keeps the narrow no-break space ICU puts before "г.", so the year never wraps away from it.
    [Theory]
    [InlineData("en", "23 November 2026")]
    [InlineData("cs", "23. listopadu 2026")]
    [InlineData("ru", "23 ноября 2026\u202Fг.")]
    [InlineData("fr", "23 novembre 2026")]
    public void Today_PrintsTheLongDateOfTheTemplateLanguage_WithoutWeekday(string language, string expected)
    {
        var reply = Render(Parse(string.Empty, "{{ today }}", language));

        Assert.Equal(expected, reply.Text);
    }

    [Fact]
    public void DateField_PrintsInTheTemplateLanguage()
    {
        var template = Parse("fields:\n  - name: order.delivered\n    type: date", "{{ order.delivered }}", "cs");

        var reply = Render(template, ("order.delivered", "2026-03-01"));

        Assert.Equal("1. března 2026", reply.Text);
    }

    [Theory]
    [InlineData("dddd, d MMMM yyyy", "d MMMM yyyy")]
    [InlineData("dddd d. MMMM yyyy", "d. MMMM yyyy")]
    [InlineData("dddd, yyyy. 'gada' d. MMMM", "yyyy. 'gada' d. MMMM")]
    [InlineData("d MMMM yyyy, dddd", "d MMMM yyyy")]
    [InlineData("d MMMM yyyy", "d MMMM yyyy")]
    public void Weekday_IsCutWithItsSeparator(string pattern, string expected)
    {
        Assert.Equal(expected, TemplateCulture.WithoutWeekday(pattern));
    }

    [Fact]
    public void EveryShippedLanguage_HasADateWithoutAWeekday()
    {
        foreach (var language in Content.Model.Languages.Supported)
        {
            var culture = TemplateCulture.For(language);
            var text = TemplateCulture.LongDate(new DateOnly(2026, 11, 23), culture);

            Assert.Contains("2026", text, StringComparison.Ordinal);
            Assert.DoesNotContain(culture.DateTimeFormat.GetDayName(DayOfWeek.Monday), text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
