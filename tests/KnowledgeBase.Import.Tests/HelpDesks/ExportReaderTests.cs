using System.Text;
using KnowledgeBase.Import.HelpDesks;
using KnowledgeBase.TestSupport;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Import.Tests.HelpDesks;

public sealed class ExportReaderTests
{
    private static ExportReader Reader(ImportOptions? options = null) => new(Options.Create(options ?? new ImportOptions()));

    private static HelpDeskExport Read(HelpDesk helpDesk, string json) => Reader().Read(helpDesk, new MemoryStream(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Zendesk_ReadsMacros_WithCategoriesRestrictionsInactiveStateAndOtherActions()
    {
        var export = Reader().ReadFile(HelpDesk.Zendesk, HelpDeskExports.Zendesk);

        var delayed = export.Items.Single(i => i.Id == "360001");
        Assert.Equal("Delivery delayed", delayed.Title);
        Assert.Equal(["Shipping"], delayed.Categories);
        Assert.Equal(BodyFormat.Html, delayed.Format);
        Assert.StartsWith("<p>Hi {{ticket.requester.first_name}}", delayed.Body, StringComparison.Ordinal);
        Assert.Contains(delayed.Notes, n => n.Contains("status: pending", StringComparison.Ordinal));
        Assert.Equal("zendesk:macro:360001", delayed.Source);

        var refund = export.Items.Single(i => i.Id == "360002");
        Assert.Equal(["Returns", "Refunds"], refund.Categories);
        Assert.Equal(["group 360010", "group 360011"], refund.Restrictions);
        Assert.Equal(BodyFormat.Text, refund.Format);
        Assert.StartsWith("Hello {{ticket.requester.name", refund.Body, StringComparison.Ordinal);

        Assert.False(export.Items.Single(i => i.Id == "360003").Active);
        Assert.Equal(["user 4711"], export.Items.Single(i => i.Id == "360003").Restrictions);
        Assert.Null(export.Items.Single(i => i.Id == "360004").Body);
        Assert.Equal(2, export.Problems.Count);
    }

    [Fact]
    public void Freshdesk_ReadsFoldersAndResponses_WithVisibilityAndAttachments()
    {
        var export = Reader().ReadFile(HelpDesk.Freshdesk, HelpDeskExports.Freshdesk);

        Assert.Equal(3, export.Items.Count);
        var received = export.Items.Single(i => i.Id == "82000005490");
        Assert.Equal(["Shipping"], received.Categories);
        Assert.Empty(received.Restrictions);
        var returned = export.Items.Single(i => i.Id == "82000005491");
        Assert.Equal(["group 7001", "group 7002"], returned.Restrictions);
        Assert.Contains(returned.Notes, n => n.Contains("returns-label.pdf", StringComparison.Ordinal));
        Assert.Equal(["personal"], export.Items.Single(i => i.Id == "82000005492").Restrictions);
        Assert.Contains("'title' is not text", Assert.Single(export.Problems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Freshdesk_AlsoReadsFoldersWithTheirResponses_AndABareListOfResponses()
    {
        var folders = Read(HelpDesk.Freshdesk,
            """[{"id": 1, "name": "Billing", "canned_responses": [{"id": 10, "title": "Invoice", "folder_id": 1, "content_html": "<p>Here it is</p>"}]}]""");
        var bare = Read(HelpDesk.Freshdesk, """[{"id": 10, "title": "Invoice", "folder_id": 1, "content": "Here it is"}]""");

        Assert.Equal(["Billing"], Assert.Single(folders.Items).Categories);
        Assert.Equal(["Folder 1"], Assert.Single(bare.Items).Categories);
    }

    [Fact]
    public void Zammad_ReadsTextModules_WithKeywordsAsShortcutAndGroups()
    {
        var export = Reader().ReadFile(HelpDesk.Zammad, HelpDeskExports.Zammad);

        var hello = export.Items.Single(i => i.Id == "1");
        Assert.Equal("hello", hello.Shortcut);
        Assert.Equal(["hello", "greeting"], hello.Keywords);
        Assert.Equal(["group 1", "group 3"], export.Items.Single(i => i.Id == "2").Restrictions);
        Assert.False(export.Items.Single(i => i.Id == "3").Active);
        Assert.Single(export.Problems);
    }

    [Fact]
    public void Chatwoot_ReadsCannedResponses_ShortCodeAsTitleAndShortcut()
    {
        var export = Reader().ReadFile(HelpDesk.Chatwoot, HelpDeskExports.Chatwoot);

        var greet = export.Items.Single(i => i.Id == "11");
        Assert.Equal("Greet", greet.Title);
        Assert.Equal("greet", greet.Shortcut);
        Assert.Equal(BodyFormat.Text, greet.Format);
        Assert.Contains("no short_code", Assert.Single(export.Problems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedJson_IsOneErrorNamingTheLine()
    {
        var error = Assert.Throws<ExportReadException>(() => Reader().ReadFile(HelpDesk.Zendesk, HelpDeskExports.ZendeskMalformed));

        Assert.Contains("not valid JSON at line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherHelpDesksExport_IsRefusedWithWhatWasExpected()
    {
        var error = Assert.Throws<ExportReadException>(() => Read(HelpDesk.Zendesk, """{"text_modules": []}"""));

        Assert.Contains("GET /api/v2/macros", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileOverTheSizeLimit_IsRefusedBeforeItIsRead()
    {
        var reader = Reader(new ImportOptions { MaxFileBytes = 1024 });

        var error = Assert.Throws<ExportReadException>(() => reader.ReadFile(HelpDesk.Zendesk, HelpDeskExports.Zendesk));

        Assert.Contains("at most 1 KB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonNestedDeeperThanTheLimit_IsRefused()
    {
        var json = "{\"macros\": " + new string('[', 500) + new string(']', 500) + "}";

        Assert.Throws<ExportReadException>(() => Read(HelpDesk.Zendesk, json));
    }

    [Fact]
    public void MoreItemsThanTheLimit_AreRefused()
    {
        var reader = Reader(new ImportOptions { MaxItems = 2 });
        var json = "[" + string.Join(",", Enumerable.Range(1, 3).Select(i => $$"""{"id": {{i}}, "short_code": "c{{i}}", "content": "x"}""")) + "]";

        Assert.Throws<ExportReadException>(() => reader.Read(HelpDesk.Chatwoot, new MemoryStream(Encoding.UTF8.GetBytes(json))));
    }
}
