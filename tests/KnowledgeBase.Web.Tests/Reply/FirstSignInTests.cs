using KnowledgeBase.Content.Configuration;
using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Components.Pages;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Reply;

/// <summary>A new agent is asked for their name and signature before the first template needs them.</summary>
public sealed class FirstSignInTests : WebTestContext
{
    protected override void Write(TempContentFolder content) => ReplyContent.Write(content);

    [Fact]
    public void AnAgentWithoutDetails_IsAskedForThem_OnTheReplyPage()
    {
        ConfigureAgent(agent => (agent.Name, agent.Signature) = (null, null));

        var page = Render<ReplyPage>();

        page.WaitForAssertion(() => Assert.Contains("templates sign with your name and signature, and yours are not set yet", page.Find("#details-needed").TextContent));
        Assert.Equal("/settings", page.Find("#details-link").GetAttribute("href"));
    }

    [Fact]
    public void AnAgentWithAName_IsAskedOnlyForTheSignature()
    {
        ConfigureAgent(agent => agent.Signature = null);

        var page = Render<ReplyPage>();

        page.WaitForAssertion(() => Assert.Contains("templates sign with your signature, and yours is not set yet", page.Find("#details-needed").TextContent));
    }

    [Fact]
    public void AnAgentWithDetails_IsNotAsked()
    {
        var page = Render<ReplyPage>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("#customer-message")));
        Assert.Empty(page.FindAll("#details-needed"));
    }
}
