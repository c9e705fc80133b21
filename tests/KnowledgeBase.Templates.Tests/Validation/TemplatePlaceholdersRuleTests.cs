using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Markdown;
using KnowledgeBase.Content.Validation;
using KnowledgeBase.TestSupport;
using KnowledgeBase.Templates.Validation;

namespace KnowledgeBase.Templates.Tests.Validation;

public sealed class TemplatePlaceholdersRuleTests : IDisposable
{
    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private List<Finding> Check()
    {
        var content = new ContentLoader(new DocumentParser(new MarkdownRenderer())).Load(_folder.Root);
        return [.. new TemplatePlaceholdersRule().Check(content)];
    }

    [Fact]
    public void DeclaredAndStandardPlaceholders_AreClean()
    {
        _folder.Write("templates/en/a.md", """
            ---
            title: A
            fields:
              - name: customer.first_name
              - name: order.items
            ---
            Hi {{ customer.first_name }}, {{ order.items.size }} items. {{ today }}
            {{ agent.signature }} {{ agent.name }} {{ agent.email }}
            """);

        Assert.Empty(Check());
    }

    [Fact]
    public void UndeclaredPlaceholder_IsAnErrorOnTheLineItIsUsed()
    {
        _folder.Write("templates/en/a.md", "---\ntitle: A\nfields:\n  - name: order.id\n---\nHi,\n\nyour order {{ order.id }}\nships {{ order.eta }}.\n");

        var finding = Assert.Single(Check());

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(9, finding.Line);
        Assert.Contains("'order.eta' is not declared", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PlaceholderInAChannelVariant_IsCheckedOnItsOwnLine()
    {
        _folder.Write("templates/en/a.md", "---\ntitle: A\nchannels: [email, sms]\n---\nHello.\n\n## sms\n\nTrack {{ order.tracking_url }}\n");

        var finding = Assert.Single(Check());

        Assert.Equal(9, finding.Line);
    }

    [Fact]
    public void DeclaredFieldNeverUsed_IsAWarningOnItsLine()
    {
        _folder.Write("templates/en/a.md", "---\ntitle: A\nfields:\n  - name: order.id\n  - name: order.unused\n---\n{{ order.id }}\n");

        var finding = Assert.Single(Check());

        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal(5, finding.Line);
        Assert.Contains("'order.unused' is declared but", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidLiquid_IsAnError()
    {
        _folder.Write("templates/en/a.md", "---\ntitle: A\n---\n{% if x %}never closed\n");

        Assert.Contains(Check(), f => f.Code == "liquid" && f.Severity == FindingSeverity.Error && f.Line == 4);
    }

    [Fact]
    public void InvalidLiquid_IsReportedOnTheLineOfTheMistake_InsideAChannelVariant()
    {
        _folder.Write("templates/en/a.md", "---\ntitle: A\nchannels: [email, sms]\nfields:\n  - name: order.id\n---\nOrder {{ order.id }}.\n\n## sms\n\nOrder\n{{ order.id | }}\n");

        var finding = Assert.Single(Check(), f => f.Code == "liquid");

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(12, finding.Line);
        Assert.Equal("template text is not valid Liquid: An identifier was expected after the '|' sign", finding.Message);
    }

    [Fact]
    public void TagThatReadsFiles_IsAnErrorOnItsLine()
    {
        _folder.Write("templates/en/a.md", "---\ntitle: A\n---\nHi,\n\n{% render 'signature' %}\n");

        var finding = Assert.Single(Check());

        Assert.Equal("liquid", finding.Code);
        Assert.Equal(6, finding.Line);
        Assert.Contains("'{% render %}' tag is not supported", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PathologicalTemplate_IsAFinding_NotAnException()
    {
        var body = string.Concat(Enumerable.Repeat("{% if a %}", 10_000)) + string.Concat(Enumerable.Repeat("{% endif %}", 10_000));
        _folder.Write("templates/en/a.md", $"---\ntitle: A\n---\n{body}\n");

        var finding = Assert.Single(Check());

        Assert.Equal("liquid", finding.Code);
        Assert.Equal(4, finding.Line);
    }

    [Fact]
    public void DeclaredChannelWithNoText_IsAWarning()
    {
        _folder.Write("templates/en/a.md", "---\ntitle: A\nchannels: [email, sms]\n---\n## sms\n\nShort.\n");

        Assert.Contains(Check(), f => f.Code == "empty-template" && f.Message.Contains("email", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownFilter_IsAnErrorOnTheLineItIsUsed()
    {
        _folder.Write("templates/en/a.md", "---\ntitle: A\nfields:\n  - name: order.id\n---\nHi,\n\nyour order {{ order.id | upcase }}\nships {{ order.id | upcse }}.\n");

        var finding = Assert.Single(Check());

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("filter", finding.Code);
        Assert.Equal(9, finding.Line);
        Assert.Contains("unknown Liquid filter 'upcse'", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ order.id | upcase | capitalize | default: 'x' | append: '!' }}")]
    [InlineData("{{ order.id | divided_by: 2 | plus: 1 | round }} {{ order.id | strip_html | newline_to_br }}")]
    [InlineData("{% assign n = order.id | downcase %}{{ n }}")]
    public void StandardFilters_AreClean(string body)
    {
        _folder.Write("templates/en/a.md", $"---\ntitle: A\nfields:\n  - name: order.id\n---\n{body}\n");

        Assert.Empty(Check());
    }

    [Fact]
    public void UnknownFilterInAnAssign_IsAnError()
    {
        _folder.Write("templates/en/a.md", "---\ntitle: A\nfields:\n  - name: order.id\n---\n{% assign n = order.id | money %}{{ n }}\n");

        Assert.Contains(Check(), f => f.Code == "filter" && f.Message.Contains("'money'", StringComparison.Ordinal));
    }

    [Fact]
    public void ChannelHeadingNotDeclared_IsAWarningFromTheParser_ReportedOnce()
    {
        _folder.Write("templates/en/a.md", "---\ntitle: A\nchannels: [email]\n---\nHello.\n\n## sms\n\nShort.\n");
        var content = new ContentLoader(new DocumentParser(new MarkdownRenderer())).Load(_folder.Root);

        var findings = content.Findings.Concat(new TemplatePlaceholdersRule().Check(content)).Where(f => f.Code == "channel").ToList();

        var finding = Assert.Single(findings);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains("'sms' is not listed in 'channels'", finding.Message, StringComparison.Ordinal);
    }
}
