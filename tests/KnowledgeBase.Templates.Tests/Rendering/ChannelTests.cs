using KnowledgeBase.Templates.Rendering;
using static KnowledgeBase.Templates.Tests.Rendering.TemplateText;

namespace KnowledgeBase.Templates.Tests.Rendering;

public sealed class ChannelTests
{
    private static readonly Content.Model.ReplyTemplate Template = Parse(
        "channels: [email, chat, sms]\nfields:\n  - name: order.id\n    required: true",
        "Dear customer, your order {{ order.id }} is on its way.\n\n## sms\n\nOrder {{ order.id }} ships today.\n");

    private static RenderedReply RenderFor(string? channel) =>
        new TemplateRenderer().Render(Template, Request(("order.id", "BC-1")) with { Channel = channel });

    [Fact]
    public void ChannelWithItsOwnHeading_GetsItsOwnText()
    {
        var reply = RenderFor("SMS");

        Assert.Equal("Order BC-1 ships today.", reply.Text);
        Assert.Equal("sms", reply.Channel);
        Assert.True(reply.IsComplete);
    }

    [Theory]
    [InlineData("chat", "chat")]
    [InlineData(null, null)]
    [InlineData(" ", null)]
    public void DeclaredChannelWithoutHeading_AndNoChannel_GetTheDefaultText(string? channel, string? expected)
    {
        var reply = RenderFor(channel);

        Assert.Equal("Dear customer, your order BC-1 is on its way.", reply.Text);
        Assert.Equal(expected, reply.Channel);
        Assert.True(reply.IsComplete);
    }

    [Fact]
    public void UndeclaredChannel_IsAChannelProblem_NamingTheDeclaredOnes()
    {
        var reply = RenderFor("fax");

        var problem = Assert.Single(reply.Problems);
        Assert.Equal(FieldProblemKind.Channel, problem.Kind);
        Assert.Equal("channel 'fax' is not one of this template's channels: email, chat, sms", problem.Message);
        Assert.Null(reply.Channel);
        Assert.Equal("Dear customer, your order BC-1 is on its way.", reply.Text);
        Assert.False(reply.IsComplete);
    }

    [Fact]
    public void TemplateWithoutChannels_TakesAnyChannel()
    {
        var reply = new TemplateRenderer().Render(Parse(string.Empty, "Same everywhere."), Request() with { Channel = "whatsapp" });

        Assert.Equal("Same everywhere.", reply.Text);
        Assert.Equal("whatsapp", reply.Channel);
        Assert.True(reply.IsComplete);
    }
}
