using KnowledgeBase.Templates.Rendering;
using static KnowledgeBase.Templates.Tests.Rendering.TemplateText;

namespace KnowledgeBase.Templates.Tests.Rendering;

/// <summary>A reply built from several templates greets once (the first) and signs once (the last).</summary>
public sealed class ReplyAssemblyTests
{
    private const string Fields = "fields:\n  - name: customer.first_name\n    label: Name\n    required: true\n";

    private static RenderedReply Lost => Render(Parse(Fields,
        "Hi {{ customer.first_name }},\n{% comment %}greeting above{% endcomment %}\n\nWe are looking for your parcel.\n\n{% comment %}sign-off below{% endcomment %}\n{{ agent.signature }}\n"),
        ("customer.first_name", "Jana"));

    private static RenderedReply Refund => Render(Parse(Fields,
        "Hi {{ customer.first_name }},\n{% comment %}greeting above{% endcomment %}\n\nYour refund is on its way.\n\n{% comment %}sign-off below{% endcomment %}\nKind regards,\n{{ agent.name }}\n"),
        ("customer.first_name", "Jana"));

    [Fact]
    public void MarkedParts_AreSplit_AndTheWholeTextReadsAsWithoutMarkers()
    {
        var reply = Lost;

        Assert.Equal("Hi Jana,", reply.Greeting);
        Assert.Equal("We are looking for your parcel.", reply.Body);
        Assert.Equal("Petra Nováková\nBrightcart Customer Care", reply.SignOff);
        Assert.Equal("Hi Jana,\n\nWe are looking for your parcel.\n\nPetra Nováková\nBrightcart Customer Care", reply.Text);
        Assert.DoesNotContain('\uE000', reply.Text);
    }

    [Fact]
    public void AnUnmarkedTemplate_IsAllBody()
    {
        var reply = Render(Parse(Fields, "Hi {{ customer.first_name }},\n\nText.\n"), ("customer.first_name", "Jana"));

        Assert.Equal(string.Empty, reply.Greeting);
        Assert.Equal(reply.Text, reply.Body);
        Assert.Equal(string.Empty, reply.SignOff);
    }

    [Fact]
    public void TwoTemplatesAtTheEnd_GreetOnce_WithTheFirst_AndSignOnce_WithTheLast()
    {
        var first = ReplyAssembly.Insert(string.Empty, null, Lost, null);
        var both = ReplyAssembly.Insert(first.Text, null, Refund, first.SignOff);

        Assert.Equal("Hi Jana,\n\nWe are looking for your parcel.\n\nYour refund is on its way.\n\nKind regards,\nPetra Nováková", both.Text);
        Assert.Equal("Kind regards,\nPetra Nováková", both.SignOff);
    }

    [Fact]
    public void ASlashShortcutAboveTheSignOff_GoesInBetween_AndTheLastSignOffCloses()
    {
        var first = ReplyAssembly.Insert(string.Empty, null, Lost, null);
        var text = first.Text.Replace("Petra Nováková\nBrightcart", "/refund\n\nPetra Nováková\nBrightcart", StringComparison.Ordinal);
        var slash = text.IndexOf("/refund", StringComparison.Ordinal);

        var both = ReplyAssembly.Insert(text, (slash, slash + "/refund".Length), Refund, first.SignOff);

        Assert.Equal("Hi Jana,\n\nWe are looking for your parcel.\n\nYour refund is on its way.\n\nKind regards,\nPetra Nováková", both.Text);
    }

    [Fact]
    public void ASlashShortcutBelowTheSignOff_MovesTheSignOffBehindTheNewText()
    {
        var first = ReplyAssembly.Insert(string.Empty, null, Lost, null);
        var text = first.Text + "\n\n/refund";

        var both = ReplyAssembly.Insert(text, (text.Length - 7, text.Length), Refund, first.SignOff);

        Assert.Equal("Hi Jana,\n\nWe are looking for your parcel.\n\nYour refund is on its way.\n\nKind regards,\nPetra Nováková", both.Text);
    }

    [Fact]
    public void TheAgentsOwnGreeting_IsKept_AndTheTemplatesIsLeftOut()
    {
        var text = "Hello Jana,\n\n/lost";

        var reply = ReplyAssembly.Insert(text, (13, 18), Lost, null);

        Assert.Equal("Hello Jana,\n\nWe are looking for your parcel.\n\nPetra Nováková\nBrightcart Customer Care", reply.Text);
    }

    [Fact]
    public void InTheMiddleOfTheAgentsText_OnlyTheBodyGoesIn()
    {
        var text = "Hello Jana,\n\n/lost\n\nP.S. Thanks!";

        var reply = ReplyAssembly.Insert(text, (13, 18), Lost, null);

        Assert.Equal("Hello Jana,\n\nWe are looking for your parcel.\n\nP.S. Thanks!", reply.Text);
        Assert.Null(reply.SignOff);
    }
}
