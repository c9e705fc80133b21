using KnowledgeBase.Templates.Liquid;

namespace KnowledgeBase.Templates.Tests.Liquid;

public sealed class LiquidTemplateAnalyzerTests
{
    private static string[] Paths(string source) =>
        [.. LiquidTemplateAnalyzer.Analyze(source).Placeholders.Select(p => p.Path).Order(StringComparer.Ordinal)];

    [Fact]
    public void Outputs_AreFound_WithoutTheirFilters()
    {
        Assert.Equal(["customer.first_name", "order.id"], Paths("Hi {{ customer.first_name | capitalize }}, order {{order.id}}."));
    }

    [Fact]
    public void EveryBranchOfIfElsifElse_IsRead()
    {
        var source = "{% if order.express and customer.vip == true %}A {{ a.one }}{% elsif order.slow or x.y != 'z' %}B{% else %}{{ c.three }}{% endif %}";

        Assert.Equal(["a.one", "c.three", "customer.vip", "order.express", "order.slow", "x.y"], Paths(source));
    }

    [Fact]
    public void UnlessCaseAndForCollections_AreRead_LoopVariablesAreNot()
    {
        var source = """
            {% unless order.paid %}Pay{% endunless %}
            {% case order.service %}{% when 'Express' %}{{ order.eta }}{% else %}later{% endcase %}
            {% for item in order.items %}{{ item.name }} {{ forloop.index }}{% else %}none{% endfor %}
            """;

        Assert.Equal(["order.eta", "order.items", "order.paid", "order.service"], Paths(source));
    }

    [Fact]
    public void AssignedAndCapturedNames_AreLocal_ButTheirSourcesAreRead()
    {
        var source = "{% assign name = customer.first_name | upcase %}{% capture greeting %}Hi {{ name }}{% endcapture %}{{ greeting }}";

        Assert.Equal(["customer.first_name"], Paths(source));
    }

    [Fact]
    public void DefaultFilter_MarksThePlaceholderAsCovered_AndItsArgumentIsRead()
    {
        var analysis = LiquidTemplateAnalyzer.Analyze("{{ order.eta | default: order.fallback }} {{ order.eta }}");

        var eta = analysis.Placeholders.Single(p => p.Path == "order.eta");
        Assert.False(eta.HasDefault);
        Assert.True(analysis.Placeholders.Single(p => p.Path == "order.fallback").HasDefault);
        Assert.True(LiquidTemplateAnalyzer.Analyze("{{ a.b | default: 'x' }}").Placeholders.Single().HasDefault);
    }

    [Fact]
    public void ReadInATag_DoesNotUndoTheDefaultOfItsOutput()
    {
        var analysis = LiquidTemplateAnalyzer.Analyze("{% if a.b %}{{ a.b | default: 'x' }}{% endif %}{% if c.d %}{{ c.d }}{% endif %}{% if e.f %}yes{% endif %}");

        Assert.Equal(
            [new Placeholder("a.b", true, false), new Placeholder("c.d", false, false), new Placeholder("e.f", false, true)],
            analysis.Placeholders.OrderBy(p => p.Path, StringComparer.Ordinal));
    }

    [Fact]
    public void Filters_AreListedOnceEach_InOrderOfFirstUse()
    {
        var analysis = LiquidTemplateAnalyzer.Analyze("{{ a.b | upcase | nosuch }} {% assign c = a.d | downcase %}{{ a.e | upcase }}");

        Assert.Equal(["upcase", "nosuch", "downcase"], analysis.Filters);
    }

    [Theory]
    [InlineData("upcase", true)]
    [InlineData("divided_by", true)]
    [InlineData("default", true)]
    [InlineData("truncatewords", true)]
    [InlineData("Upcase", false)]
    [InlineData("money", false)]
    [InlineData("currency", false)]
    [InlineData("truncate_words", false)]
    public void LiquidFilters_KnowTheEnginesStandardFilters(string name, bool known)
    {
        Assert.Equal(known, LiquidFilters.IsKnown(name));
    }

    [Fact]
    public void RangeBoundsIndexesLimitsAndOffsets_AreRead()
    {
        var source = """
            {% for i in (1..order.count) limit: order.limit offset: order.skip %}{{ order.items[order.index].name }}{% endfor %}
            """;

        Assert.Equal(["order.count", "order.index", "order.items", "order.limit", "order.skip"], Paths(source));
    }

    [Fact]
    public void EchoCycleAndTablerow_AreRead_TheirLoopVariablesAreNot()
    {
        var source = "{% echo customer.name | upcase %}{% cycle order.a, order.b %}{% tablerow item in order.items cols: 2 %}{{ item }}{{ tablerowloop.col }}{% endtablerow %}";

        var analysis = LiquidTemplateAnalyzer.Analyze(source);

        Assert.Equal(["customer.name", "order.a", "order.b", "order.items"], Paths(source));
        Assert.Equal(["upcase"], analysis.Filters);
        Assert.False(analysis.Placeholders.Single(p => p.Path == "order.a").InCondition);
        Assert.True(analysis.Placeholders.Single(p => p.Path == "order.items").InCondition);
    }

    [Fact]
    public void FiltersInArgumentsAndConditions_AreListed()
    {
        var analysis = LiquidTemplateAnalyzer.Analyze("{% assign n = order.items | size %}{% if n > 1 %}{{ order.note | default: order.fallback | strip }}{% endif %}");

        Assert.Equal(["size", "default", "strip"], analysis.Filters);
        Assert.Equal(["order.fallback", "order.items", "order.note"], analysis.Placeholders.Select(p => p.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TrailingQuestionMark_ReadsTheName()
    {
        Assert.Equal(["order.paid"], Paths("{% if order.paid? %}paid{% endif %}"));
    }

    [Theory]
    [InlineData("{{ 'literal' }} {{ 42 }} {{ true }} {{ nil }} {{ -1 }}")]
    [InlineData("{% if x == empty %}{% endif %}")]
    [InlineData("No placeholders at all.")]
    public void Literals_AreNotPlaceholders(string source)
    {
        Assert.DoesNotContain(Paths(source), p => p != "x");
    }

    [Theory]
    [InlineData("{% if a %}never closed")]
    [InlineData("{% endif %}")]
    [InlineData("{% nosuchtag %}")]
    [InlineData("{% include 'other' %}")]
    [InlineData("{% render 'other' %}")]
    [InlineData("{{ a | }}")]
    [InlineData("{{ a")]
    public void InvalidOrUnsupportedLiquid_IsReported_NotThrown(string source)
    {
        var analysis = LiquidTemplateAnalyzer.Analyze(source);

        Assert.False(analysis.IsValid);
        Assert.False(string.IsNullOrWhiteSpace(analysis.Error));
        Assert.Equal(1, analysis.ErrorLine);
    }

    [Theory]
    [InlineData("Hi,\n\nyour order {{ order.id | }}\n", 3, "An identifier was expected after the '|' sign")]
    [InlineData("Hi,\n{% if a %}\nnever closed\n", 4, "'{% endif %}' was expected")]
    [InlineData("Hi,\n\n\n{% include 'x' %}", 4, "the '{% include %}' tag is not supported in reply templates")]
    public void InvalidLiquid_SaysWhatAndOnWhichLine_WithoutEchoingTheSource(string source, int line, string error)
    {
        var analysis = LiquidTemplateAnalyzer.Analyze(source);

        Assert.Equal(line, analysis.ErrorLine);
        Assert.Equal(error, analysis.Error);
        Assert.Empty(analysis.Placeholders);
    }

    [Fact]
    public void ValidLiquid_HasNoErrorLine()
    {
        Assert.Null(LiquidTemplateAnalyzer.Analyze("{{ a }}").ErrorLine);
    }

    [Theory]
    [InlineData("customer.first_name", "customer.first_name")]
    [InlineData("order.items[0].name", "order.items")]
    [InlineData("order.paid?", "order.paid")]
    [InlineData("'text'", null)]
    [InlineData("\"text\"", null)]
    [InlineData("3.14", null)]
    [InlineData("(1..5)", null)]
    [InlineData("blank", null)]
    public void VariablePath_SeparatesVariablesFromLiterals(string expression, string? path)
    {
        Assert.Equal(path, LiquidTemplateAnalyzer.VariablePath(expression));
    }
}
