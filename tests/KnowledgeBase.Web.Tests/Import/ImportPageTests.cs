using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Audit;
using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Components.Pages.Import;
using Microsoft.AspNetCore.Components.Forms;

namespace KnowledgeBase.Web.Tests.Import;

public sealed class ImportPageTests : WebTestContext
{
    protected override void Write(TempContentFolder content) => content.Article("articles/en/a", "title: A", "Text.\n");

    private string ImportFolder => Path.Combine(Content.Root, "templates", "en", "chatwoot");

    private IRenderedComponent<ImportPage> Upload(string helpDesk, string exportPath)
    {
        var page = Render<ImportPage>();
        page.Find("#import-helpdesk").Change(helpDesk);
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(File.ReadAllBytes(exportPath), Path.GetFileName(exportPath)));
        return page;
    }

    [Fact]
    public void AnAdmin_PreviewsTheReport_WithNothingWritten_ThenImports()
    {
        SignIn("root", UserRole.Admin);
        var page = Upload("Chatwoot", HelpDeskExports.Chatwoot);

        page.Find("form.import-form").Submit();

        page.WaitForAssertion(() => Assert.Contains("Preview, nothing written yet: 3 to write", page.Find("#import-summary").TextContent, StringComparison.Ordinal));
        Assert.Equal(5, page.FindAll("#import-table tbody tr").Count);
        Assert.Contains("it has no text", page.Find("tr[data-source='chatwoot:canned-response:14']").TextContent, StringComparison.Ordinal);
        Assert.False(Directory.Exists(ImportFolder));

        page.Find("#import-confirm").Click();

        page.WaitForAssertion(() => Assert.Contains("3 written", page.Find("#import-summary").TextContent, StringComparison.Ordinal));
        Assert.Equal(3, Directory.GetFiles(ImportFolder).Length);
    }

    [Fact]
    public void AMalformedFile_SaysWhy_AndWritesNothing()
    {
        SignIn("root", UserRole.Admin);
        var page = Upload("Zendesk", HelpDeskExports.ZendeskMalformed);

        page.Find("form.import-form").Submit();

        page.WaitForAssertion(() => Assert.Contains("not valid JSON", page.Find("#import-error").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("#import-table"));
    }

    [Fact]
    public void AnAdminDemotedWhileThePageIsOpen_CannotImport()
    {
        var admin = SignIn("root", UserRole.Admin);
        var page = Upload("Chatwoot", HelpDeskExports.Chatwoot);
        var other = Accounts.AddUser(new NewUser("second", "password-2", UserRole.Admin), AuditActor.For(admin));
        Accounts.ChangeRole(admin.Id, UserRole.Agent, AuditActor.For(other));

        page.Find("form.import-form").Submit();

        page.WaitForAssertion(() => Assert.Contains("Only admins can import", page.Find("#import-error").TextContent, StringComparison.Ordinal));
        Assert.False(Directory.Exists(ImportFolder));
    }
}
