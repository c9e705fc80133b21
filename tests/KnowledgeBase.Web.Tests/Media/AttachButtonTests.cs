using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Components.Pages.Authoring;

namespace KnowledgeBase.Web.Tests.Media;

/// <summary>The editor offers "Attach file" without a mouse, and tells the browser which document files belong to.</summary>
public sealed class AttachButtonTests : WebTestContext
{
    protected override void Write(TempContentFolder content) => content.Article("articles/en/returns/refunds", "title: Refunds", "Text.\n");

    [Fact]
    public void Editor_HasAnAttachButton_WithItsShortcut_ForThisDocument()
    {
        SignIn("lena", UserRole.Lead);
        Authorization.SetPolicies("Lead");

        var page = Render<EditPage>(parameters => parameters.Add(p => p.Id, "articles/en/returns/refunds"));

        var button = page.Find("button#edit-attach");
        Assert.Equal("articles/en/returns/refunds.md", button.GetAttribute("data-document"));
        Assert.Contains("Alt+Shift+F", button.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Contains("Attach file", button.TextContent, StringComparison.Ordinal);
        Assert.Equal("file", page.Find("#edit-attach-file").GetAttribute("type"));
        Assert.Contains("image/png", page.Find("#edit-attach-file").GetAttribute("accept"), StringComparison.Ordinal);
    }
}
