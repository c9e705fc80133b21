using KnowledgeBase.Templates.Rendering;

namespace KnowledgeBase.Templates.Tests.Rendering;

public sealed class PlaceholderMarkersTests
{
    [Fact]
    public void For_WrapsTheLabelInWhiteSquareBrackets()
    {
        Assert.Equal("\u27E6Order number\u27E7", PlaceholderMarkers.For("Order number"));
    }

    [Fact]
    public void For_KeepsALabelWithBracketsOrLineBreaks_OneMarker()
    {
        var marker = PlaceholderMarkers.For("a ⟦b⟧\nc");

        Assert.Equal("⟦a [b] c⟧", marker);
        Assert.Single(PlaceholderMarkers.Find(marker));
    }

    [Fact]
    public void Find_ReturnsEachMarkersPositionLengthAndLabel()
    {
        var text = "Hi ⟦First name⟧, order ⟦order.id⟧.";

        var markers = PlaceholderMarkers.Find(text);

        Assert.Equal([new PlaceholderMarker(3, 12, "First name"), new PlaceholderMarker(23, 10, "order.id")], markers);
        Assert.Equal("⟦order.id⟧", text.Substring(markers[1].Start, markers[1].Length));
    }

    [Theory]
    [InlineData("No markers [here].", false)]
    [InlineData("Half ⟦ open", false)]
    [InlineData("Empty ⟦⟧", false)]
    [InlineData("One ⟦x⟧ left", true)]
    public void Any_TellsWhetherAMarkerIsLeft(string text, bool any)
    {
        Assert.Equal(any, PlaceholderMarkers.Any(text));
    }

    [Fact]
    public void TypedMarker_MakesAReplyIncomplete_EvenWithoutProblems()
    {
        var reply = new RenderedReply("t", null, "Hi ⟦name⟧", []);

        Assert.False(reply.IsComplete);
    }
}
