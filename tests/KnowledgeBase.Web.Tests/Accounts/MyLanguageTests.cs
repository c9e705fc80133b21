using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Components.Layout;
using KnowledgeBase.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Accounts;

/// <summary>"My language" in the top bar: the same on every page, and "Any" stays "Any".</summary>
public sealed class MyLanguageTests : WebTestContext
{
    protected override void Write(TempContentFolder content) =>
        content.Article("articles/en/shipping/delivery-times", "title: Delivery times", "Two to four days.\n");

    private IRenderedComponent<MainLayout> RenderLayout() =>
        Render<MainLayout>(parameters => parameters.Add(p => p.Body, (RenderFragment)(builder => builder.AddContent(0, "a page that does not search"))));

    [Fact]
    public void OnAPageThatDoesNotSearch_MyLanguage_ShowsTheLanguageSearchRanksFirst()
    {
        SignIn();
        JSInterop.Setup<string?>("kb.browserLanguage").SetResult("en-GB");

        var layout = RenderLayout();

        layout.WaitForAssertion(() => Assert.True(layout.Find("#preferred-language option[value=en]").HasAttribute("selected")));
        Assert.False(layout.Find("#preferred-language option[value='']").HasAttribute("selected"));
    }

    [Fact]
    public async Task ChoosingAny_StaysAny_InTheNextTab_ThoughTheBrowserSpeaksEnglish()
    {
        SignIn();
        JSInterop.Setup<string?>("kb.browserLanguage").SetResult("en-GB");
        var layout = RenderLayout();
        layout.WaitForAssertion(() => Assert.Equal("en", Services.GetRequiredService<AgentPreferences>().PreferredLanguage));

        await layout.Find("#preferred-language").ChangeAsync(new ChangeEventArgs { Value = string.Empty });

        // A new tab is a new circuit: its own preferences, read from the account.
        var nextTab = ActivatorUtilities.CreateInstance<AgentPreferences>(Services);
        await nextTab.LoadAsync();
        Assert.Null(nextTab.PreferredLanguage);
    }
}
