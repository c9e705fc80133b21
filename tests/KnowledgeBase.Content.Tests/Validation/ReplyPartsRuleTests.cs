using KnowledgeBase.Content.Validation;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Content.Tests.Validation;

/// <summary><c>kb validate</c> checks the greeting and sign-off markers that keep a reply from greeting or signing twice.</summary>
public sealed class ReplyPartsRuleTests : IDisposable
{
    private const string Header = "---\ntitle: Lost parcel\nfields:\n  - name: customer.first_name\n    label: Name\n---\n";
    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private IReadOnlyList<Finding> Validate(string body)
    {
        _folder.Write("templates/en/lost.md", Header + body);
        return [.. ContentFactory.Validate(_folder.Root).Findings.Where(f => f.Code == "reply-parts")];
    }

    [Fact]
    public void WellMarkedTemplate_HasNoFindings()
    {
        var findings = Validate("Hi {{ customer.first_name }},\n{% comment %}greeting above{% endcomment %}\n\nWe are looking for it.\n\n{% comment %}sign-off below{% endcomment %}\n{{ agent.signature }}\n");

        Assert.Empty(findings);
    }

    [Fact]
    public void AGreetingAndSignatureWithoutMarkers_AreEachAWarning()
    {
        var findings = Validate("Hi {{ customer.first_name }},\n\nWe are looking for it.\n\n{{ agent.signature }}\n");

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(FindingSeverity.Warning, f.Severity));
        Assert.Contains(findings, f => f.Message.Contains("opens with a greeting ('Hi {{ customer.first_name }},') but does not mark it", StringComparison.Ordinal) && f.Line == 7);
        Assert.Contains(findings, f => f.Message.Contains("ends with the agent's signature but does not mark its sign-off", StringComparison.Ordinal));
    }

    [Fact]
    public void AMisspelledMarker_IsMalformed_OnItsLine()
    {
        var findings = Validate("Hi {{ customer.first_name }},\n{% comment %}greeting{% endcomment %}\n\nWe are looking for it.\n\n{% comment %} signoff {% endcomment %}\n{{ agent.signature }}\n");

        Assert.Equal(2, findings.Count);
        Assert.Contains("malformed greeting marker '{% comment %}greeting{% endcomment %}'", findings[0].Message, StringComparison.Ordinal);
        Assert.Equal(8, findings[0].Line);
        Assert.Contains("malformed sign-off marker", findings[1].Message, StringComparison.Ordinal);
        Assert.Equal(12, findings[1].Line);
    }

    [Fact]
    public void AMarkerSharingItsLineWithText_IsMalformed()
    {
        var findings = Validate("Hi {{ customer.first_name }},{% comment %}greeting above{% endcomment %}\n\nWe are looking for it.\n");

        Assert.Contains(findings, f => f.Message.Contains("malformed greeting marker", StringComparison.Ordinal));
    }

    [Fact]
    public void MarkersOutOfOrderOrInsideABlock_AreWarnings()
    {
        var findings = Validate("{% comment %}sign-off below{% endcomment %}\nText.\n{% if customer.first_name %}\n{% comment %}greeting above{% endcomment %}\n{% endif %}\n");

        Assert.Contains(findings, f => f.Message.Contains("the sign-off marker comes before the greeting marker", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("inside a Liquid block", StringComparison.Ordinal) && f.Line == 10);
    }

    [Fact]
    public void TheShippedTemplates_MarkTheirGreetingsAndSignOffs()
    {
        var report = ContentFactory.Validate(RepositoryPaths.Content);

        Assert.Empty(report.Findings.Where(f => f.Code == "reply-parts").Select(f => f.ToString()));
    }
}
