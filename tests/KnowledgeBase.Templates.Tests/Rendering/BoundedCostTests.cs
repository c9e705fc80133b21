using System.Diagnostics;
using KnowledgeBase.Templates.Rendering;
using static KnowledgeBase.Templates.Tests.Rendering.TemplateText;

namespace KnowledgeBase.Templates.Tests.Rendering;

/// <summary>
/// Template text arrives with <c>git pull</c> like every other content file: whatever it asks for,
/// a render stops at a known cost and says why, and nothing is thrown at the page that shows it.
/// </summary>
public sealed class BoundedCostTests
{
    private static FieldProblem SingleTemplateProblem(RenderedReply reply)
    {
        var problem = Assert.Single(reply.Problems);
        Assert.Equal(FieldProblemKind.Template, problem.Kind);
        Assert.False(reply.IsComplete);
        return problem;
    }

    [Fact]
    public void NestedLoops_StopAtTheStepLimit()
    {
        var template = Parse(string.Empty, "{% for i in (1..1000) %}{% for j in (1..1000) %}{% for k in (1..1000) %}x{% endfor %}{% endfor %}{% endfor %}");
        var clock = Stopwatch.StartNew();

        var reply = Render(template);

        Assert.Equal("the template takes more than 10000 steps to render", SingleTemplateProblem(reply).Message);
        Assert.Equal(string.Empty, reply.Text);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void LoopsNestedDeeperThanAReplyNeeds_Stop()
    {
        var body = string.Concat(Enumerable.Repeat("{% for i in (1..1) %}", 20)) + "x" + string.Concat(Enumerable.Repeat("{% endfor %}", 20));

        var reply = Render(Parse(string.Empty, body));

        Assert.Equal("the template nests loops more than 16 deep", SingleTemplateProblem(reply).Message);
    }

    [Fact]
    public void TextThatDoublesItself_StopsAtTheOutputLimit()
    {
        var body = "{% assign s = 'xxxxxxxxxx' %}" + string.Concat(Enumerable.Repeat("{% assign s = s | append: s %}", 40)) + "{{ s | size }}";

        var reply = Render(Parse(string.Empty, body));

        Assert.Equal("the template writes more than 100000 characters", SingleTemplateProblem(reply).Message);
    }

    [Fact]
    public void LongOutput_StopsAtTheOutputLimit()
    {
        var reply = Render(Parse(string.Empty, "{% for i in (1..1000) %}" + new string('x', 200) + "{% endfor %}"));

        Assert.Equal("the template writes more than 100000 characters", SingleTemplateProblem(reply).Message);
    }

    [Fact]
    public void Limits_ComeFromTheOptions()
    {
        var template = Parse(string.Empty, "{% for i in (1..50) %}{% for j in (1..50) %}x{% endfor %}{% endfor %}");
        var options = new TemplateRendererOptions { MaxSteps = 100_000, MaxIterations = 50, MaxOutputLength = 2_000 };

        var reply = new TemplateRenderer(options).Render(template, Request());

        Assert.Equal("the template writes more than 2000 characters", SingleTemplateProblem(reply).Message);
        Assert.Equal(2500, new TemplateRenderer(new TemplateRendererOptions { MaxSteps = 100_000, MaxIterations = 50, MaxOutputLength = 3_000 }).Render(template, Request()).Text.Length);
    }

    [Fact]
    public void DeeplyNestedTags_AreInvalidLiquid_NotAStackOverflow()
    {
        var body = string.Concat(Enumerable.Repeat("{% if a %}", 5_000)) + "x" + string.Concat(Enumerable.Repeat("{% endif %}", 5_000));

        var reply = Render(Parse(string.Empty, body));

        Assert.StartsWith("the template text is not valid Liquid", SingleTemplateProblem(reply).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AThousandFilters_AreInvalidLiquid()
    {
        var body = "{{ 'a'" + string.Concat(Enumerable.Repeat(" | upcase", 1_000)) + " }}";

        var reply = Render(Parse(string.Empty, body));

        Assert.StartsWith("the template text is not valid Liquid", SingleTemplateProblem(reply).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReasonableNesting_StillParses()
    {
        var body = string.Concat(Enumerable.Repeat("{% if true %}", 12)) + "{{ 'a' | upcase | downcase | append: 'b' | capitalize | prepend: 'c' | upcase }}" + string.Concat(Enumerable.Repeat("{% endif %}", 12));

        var reply = Render(Parse(string.Empty, body));

        Assert.Equal("CAB", reply.Text);
        Assert.Empty(reply.Problems);
    }

    [Theory]
    [InlineData("{% render 'secrets' %}")]
    [InlineData("{% include 'secrets' %}")]
    [InlineData("{% include '../../etc/passwd' %}")]
    public void TagsThatReadFiles_AreRefused_BeforeRendering(string body)
    {
        var reply = Render(Parse(string.Empty, body));

        Assert.Contains("is not supported in reply templates", SingleTemplateProblem(reply).Message, StringComparison.Ordinal);
        Assert.Equal(string.Empty, reply.Text);
    }
}
