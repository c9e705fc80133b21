using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Authoring;
using KnowledgeBase.Web.Components.Authoring;
using KnowledgeBase.Web.Components.Pages.Authoring;

namespace KnowledgeBase.Web.Tests.Authoring;

/// <summary>
/// On a slow link the editor's textarea takes keys before js/editor.js has taken it over: a Save
/// pressed then waits for the script (which sends what was typed first), and never writes the file
/// without what is on screen.
/// </summary>
public sealed class EditorScriptLateTests : WebTestContext
{
    private const string Refunds = "articles/en/returns/refunds";
    private const string RefundsText = "---\ntitle: Refunds\n---\n## Restocking fee\n\n15 %.\n";

    protected override void Write(TempContentFolder content) => content.Write(Refunds + ".md", RefundsText);

    private string Disk() => File.ReadAllText(Path.Combine(Content.Root, Refunds + ".md"));

    private (IRenderedComponent<EditPage> Page, JSRuntimeInvocationHandler<MarkdownBodyEditor.DraftInfo?> Attach) EditWithScriptPending()
    {
        var attach = JSInterop.SetupModule("./js/editor.js").Setup<MarkdownBodyEditor.DraftInfo?>("attach", _ => true);
        SignIn("lena", KnowledgeBase.Storage.Accounts.UserRole.Lead);
        Authorization.SetPolicies("Lead");
        return (Render<EditPage>(parameters => parameters.Add(p => p.Id, Refunds)), attach);
    }

    [Fact]
    public async Task Save_BeforeTheScriptArrives_WaitsForWhatTheBrowserSends()
    {
        var (page, attach) = EditWithScriptPending();

        page.Find("form").Submit();
        Assert.Equal(RefundsText, Disk());

        // The script arrives: it sends the text typed meanwhile, then answers.
        await page.InvokeAsync(() =>
        {
            var editor = EditorTyping.Editor(page);
            editor.BeginReplace(editor.Body.Version);
            editor.ApplyEdit(editor.Body.Version, 0, 0, "## Restocking fee\n\n15 %. Typed early.\n");
            attach.SetResult(null);
        });

        page.WaitForAssertion(() => Assert.Contains("Saved", page.Find("[role=status]").TextContent, StringComparison.Ordinal));

        // Also beside Save, which stays on screen at the bottom of a long document (the notice is at the top).
        Assert.StartsWith("Saved", page.Find(".editor-actions #editor-save-status").TextContent, StringComparison.Ordinal);
        Assert.Equal("---\ntitle: Refunds\n---\n## Restocking fee\n\n15 %. Typed early.\n", Disk());
    }

    [Fact]
    public void Save_WhenTheScriptNeverArrives_SaysSo_AndWritesNothing()
    {
        var (page, _) = EditWithScriptPending();

        page.Find("form").Submit();
        Time.Advance(new AuthoringUiOptions().EditorAttachWait);

        page.WaitForAssertion(() => Assert.Contains("Not saved yet", page.Find("[role=status]").TextContent, StringComparison.Ordinal));
        Assert.StartsWith("Not saved yet", page.Find(".editor-actions #editor-save-status").TextContent, StringComparison.Ordinal);
        Assert.Equal(RefundsText, Disk());
    }
}
