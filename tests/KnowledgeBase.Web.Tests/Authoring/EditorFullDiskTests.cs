using System.Security.Claims;
using KnowledgeBase.TestSupport;
using KnowledgeBase.TestSupport.Filesystems;
using KnowledgeBase.Web.Components.Pages.Authoring;

namespace KnowledgeBase.Web.Tests.Authoring;

/// <summary>
/// Saving when the content folder's disk is full (a real 64 KB tmpfs mounted on the document's
/// folder): the lead keeps the text on screen and reads what happened; nothing is left in content/.
/// </summary>
public sealed class EditorFullDiskTests : WebTestContext
{
    private const string Folder = "articles/en/tiny";
    private const string Id = Folder + "/refunds";
    private const string Text = "---\ntitle: Refunds\n---\n## Restocking fee\n\n15 %.\n";

    private TinyFilesystem? _disk;

    protected override void Write(TempContentFolder content)
    {
        if (TinyFilesystem.Unavailable is null)
        {
            _disk = TinyFilesystem.Mount(Path.Combine(content.Root, Folder), 64);
        }

        content.Write(Id + ".md", Text);
    }

    [TinyFilesystemFact]
    public void Save_OnAFullDisk_KeepsTheTextOnScreen_SaysTheDiskIsFull_AndLeavesNoTempFile()
    {
        // A real lead account: every save checks the role as stored now.
        SignIn("lena", KnowledgeBase.Storage.Accounts.UserRole.Lead);
        Authorization.SetPolicies("Lead");
        var page = Render<EditPage>(parameters => parameters.Add(p => p.Id, Id));
        var typed = "## Restocking fee\n\n" + string.Concat(Enumerable.Repeat("Ten percent, explained at length. ", 3_000));
        EditorTyping.ReplaceBody(page, typed);
        _disk!.Fill();

        page.Find("form").Submit();

        var alert = page.Find("#save-error");
        Assert.Contains("disk is full", alert.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nothing was saved", alert.TextContent, StringComparison.Ordinal);
        Assert.Equal(typed, EditorTyping.Body(page));
        Assert.Equal(Text, File.ReadAllText(Path.Combine(Content.Root, Id + ".md")));
        Assert.Equal([".filler", "refunds.md"], Directory.EnumerateFileSystemEntries(Path.Combine(Content.Root, Folder)).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _disk?.Dispose();
        }

        base.Dispose(disposing);
    }
}
