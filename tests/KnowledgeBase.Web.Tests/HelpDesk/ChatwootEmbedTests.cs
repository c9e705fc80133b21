using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Components.Pages;
using KnowledgeBase.Web.HelpDesk;
using KnowledgeBase.Web.Services;
using KnowledgeBase.Web.Tests.Reply;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Tests.HelpDesk;

/// <summary>
/// The Chatwoot dashboard app: what its script hands over (the last incoming message, the contact,
/// the conversation, the agent) shows at the top, suggests at once and fills the templates' fields;
/// another conversation replaces the customer's values; anonymous visitors get a sign-in prompt.
/// </summary>
public sealed class ChatwootEmbedTests : WebTestContext
{
    private static readonly ChatwootContext Jana = new("Where is my refund? Order A-1001", "42", "Jana Nováková", "jana@example.com", "Ada Agent", "Channel::WebWidget");

    protected override void Write(TempContentFolder content) => ReplyContent.Write(content);

    private IRenderedComponent<ChatwootEmbedPage> Open(bool configured = true)
    {
        if (configured)
        {
            Services.GetRequiredService<IOptions<EmbedOptions>>().Value.ChatwootOrigins.Add("https://chat.example.com");
        }

        SignIn();
        return Render<ChatwootEmbedPage>();
    }

    private ReplyDraft Draft => Services.GetRequiredService<ReplyDraft>();

    [Fact]
    public void BeforeChatwootAnswers_ThePageWaits_AndAsksForTheConversation()
    {
        var page = Open();

        Assert.Contains("Waiting for the conversation from Chatwoot", page.Find("#embed-context").TextContent);
        Assert.Equal("https://chat.example.com", page.Find("#chatwoot-embed").GetAttribute("data-origins"));
        page.WaitForAssertion(() => Assert.Single(JSInterop.Invocations, i => i.Identifier == "kbChatwoot.attach"));
    }

    [Fact]
    public async Task ChatwootsContext_ShowsTheConversation_SuggestsAtOnce_AndFillsTheFields()
    {
        var page = Open();

        await page.Instance.Receive(Jana);

        page.WaitForAssertion(() => Assert.Contains("Refund confirmation", page.Find(".suggestion-use").TextContent));
        Assert.Equal("#42", page.Find("#embed-conversation").TextContent);
        Assert.Equal("Jana Nováková", page.Find("#embed-customer").TextContent);
        Assert.Contains("Ada Agent", page.Find("#embed-agent").TextContent);
        Assert.Equal("Jana", Draft.Values["customer.first_name"]);
        Assert.Equal("chat", Draft.Channel);
        Assert.Equal("Where is my refund? Order A-1001", Draft.CustomerMessage);
    }

    [Fact]
    public async Task TheSameConversationAgain_KeepsTheAgentsEdits_AnotherReplacesTheCustomer()
    {
        var page = Open();
        await page.Instance.Receive(Jana);
        Draft.Values["customer.first_name"] = "Janička";

        await page.Instance.Receive(Jana with { Message = null });
        Assert.Equal("Janička", Draft.Values["customer.first_name"]);

        await page.Instance.Receive(Jana with { ConversationId = "43", CustomerName = "Petr Novák", Message = "Kde je můj balík?" });
        page.WaitForAssertion(() => Assert.Equal("#43", page.Find("#embed-conversation").TextContent));
        Assert.Equal("Petr", Draft.Values["customer.first_name"]);
    }

    [Fact]
    public async Task AnIgnoredMessage_IsExplainedToTheAgent()
    {
        var page = Open();

        await page.Instance.Rejected("Ignored a message from Chatwoot that is not JSON.");

        page.WaitForAssertion(() => Assert.Equal("Ignored a message from Chatwoot that is not JSON.", page.Find("#embed-problem").TextContent));
    }

    [Fact]
    public void WithoutConfiguredOrigins_ThePageSaysWhatIsMissing_AndListensToNoOne()
    {
        var page = Open(configured: false);

        Assert.Contains("KnowledgeBase:Embed:ChatwootOrigins", page.Find("#embed-context").TextContent);
        Assert.DoesNotContain(JSInterop.Invocations, i => i.Identifier == "kbChatwoot.attach");
    }

    [Fact]
    public void Anonymous_GetsASignInPromptThatOpensANewTab()
    {
        Services.GetRequiredService<IOptions<EmbedOptions>>().Value.ChatwootOrigins.Add("https://chat.example.com");

        var page = Render<ChatwootEmbedPage>();

        Assert.Equal("_blank", page.Find("#embed-signin-link").GetAttribute("target"));
        Assert.Empty(page.FindAll("#customer-message"));
    }
}
