using KnowledgeBase.Import.HelpDesks;
using KnowledgeBase.Import.Reporting;
using KnowledgeBase.Import.Writing;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Import.Tests.Writing;

public sealed class HelpDeskImporterTests : IDisposable
{
    private readonly ImporterFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Zendesk_WritesOneTemplatePerMacroWithReplyText_AndSaysWhyTheOthersWereSkipped()
    {
        var report = _fixture.Import(HelpDesk.Zendesk, HelpDeskExports.Zendesk);

        var delayed = report.Items.Single(i => i.Source == "zendesk:macro:360001");
        Assert.Equal(ImportOutcome.Written, delayed.Outcome);
        Assert.Equal("templates/en/zendesk/shipping/delivery-delayed-360001.md", delayed.Path);
        Assert.Equal(ImportOutcome.Skipped, report.Items.Single(i => i.Source == "zendesk:macro:360004").Outcome);
        Assert.Contains("no reply text", report.Items.Single(i => i.Source == "zendesk:macro:360004").Reason, StringComparison.Ordinal);
        Assert.Contains("Liquid", report.Items.Single(i => i.Source == "zendesk:macro:360006").Reason, StringComparison.Ordinal);
        Assert.Equal(4, report.Written);
        Assert.Equal(4, report.Skipped);

        var text = _fixture.Files()[delayed.Path!];
        Assert.Contains("source: \"zendesk:macro:360001\"", text, StringComparison.Ordinal);
        Assert.Contains("Hi {{ customer.first_name }},", text, StringComparison.Ordinal);
        Assert.Contains("- Follow it on the tracking page (https://track.brightcart.example/?ticket={{ ticket.id }})", text, StringComparison.Ordinal);
        Assert.Contains("  1. reply to this e-mail,", text, StringComparison.Ordinal);
        Assert.Contains("{{ agent.signature }}", text, StringComparison.Ordinal);
        Assert.Contains("Hi {{ customer.first_name }},\n{% comment %}greeting above{% endcomment %}\n", text, StringComparison.Ordinal);
        Assert.Contains("\n{% comment %}sign-off below{% endcomment %}\nKind regards,", text, StringComparison.Ordinal);
    }

    [Fact]
    public void InactiveState_Restrictions_Categories_AndRemovedFilters_AreKeptInFrontMatter()
    {
        var report = _fixture.Import(HelpDesk.Zendesk, HelpDeskExports.Zendesk);

        var holiday = report.Items.Single(i => i.Source == "zendesk:macro:360003");
        var text = _fixture.Files()[holiday.Path!];
        Assert.Equal("templates/en/zendesk/holidays/old-holiday-notice-360003.md", holiday.Path);
        Assert.Contains("status: \"inactive\"", text, StringComparison.Ordinal);
        Assert.Contains("tags: [\"zendesk\", \"holidays\", \"inactive\", \"restricted\"]", text, StringComparison.Ordinal);
        Assert.Contains("source_title: \"Holidays::Old holiday notice\"", text, StringComparison.Ordinal);
        Assert.Contains("source_restrictions:\n  - \"user 4711\"", text, StringComparison.Ordinal);
        Assert.Contains("Inactive in Zendesk", text, StringComparison.Ordinal);
        Assert.Contains("'money'", text, StringComparison.Ordinal);
        Assert.Contains("name: \"dc.holiday_hours\"", text, StringComparison.Ordinal);
        Assert.Contains(holiday.Notes, n => n.Contains("dynamic content", StringComparison.Ordinal));
    }

    [Fact]
    public void ImportingTheSameExportTwice_UpdatesNothingAndAddsNoFile()
    {
        var first = _fixture.Import(HelpDesk.Zendesk, HelpDeskExports.Zendesk);
        var files = _fixture.Files();

        var second = _fixture.Import(HelpDesk.Zendesk, HelpDeskExports.Zendesk);

        Assert.Equal(first.Written, second.Unchanged);
        Assert.Equal(0, second.Written);
        Assert.Equal(files, _fixture.Files());
    }

    [Fact]
    public void AChangedItem_UpdatesItsFileInPlace_EvenWhenItsTitleChanged()
    {
        var export = new ExportReaderFacade().Chatwoot("""[{"id": 7, "short_code": "thanks", "content": "Thanks {{contact.first_name}}!"}]""");
        var changed = new ExportReaderFacade().Chatwoot("""[{"id": 7, "short_code": "thank-you", "content": "Thank you, {{contact.first_name}}!"}]""");
        var path = _fixture.Import(HelpDesk.Chatwoot, export).Items.Single().Path!;

        var report = _fixture.Import(HelpDesk.Chatwoot, changed);

        var item = report.Items.Single();
        Assert.Equal(ImportOutcome.Updated, item.Outcome);
        Assert.Equal(path, item.Path);
        Assert.Contains("Thank you, {{ customer.first_name }}!", _fixture.Files()[path], StringComparison.Ordinal);
        Assert.Single(_fixture.Files().Keys, k => k.StartsWith("templates/en/chatwoot/", StringComparison.Ordinal));
    }

    [Fact]
    public void ATemplateEditedSinceItWasImported_IsSkipped_UnlessOverwriteIsAsked()
    {
        var export = new ExportReaderFacade().Chatwoot("""[{"id": 7, "short_code": "thanks", "content": "Thanks!"}]""");
        var changed = new ExportReaderFacade().Chatwoot("""[{"id": 7, "short_code": "thanks", "content": "Thanks a lot!"}]""");
        var path = _fixture.Import(HelpDesk.Chatwoot, export).Items.Single().Path!;
        var edited = _fixture.Files()[path].Replace("Thanks!", "Thanks, from the team!", StringComparison.Ordinal);
        _fixture.Folder.Write(path, edited);

        var kept = _fixture.Import(HelpDesk.Chatwoot, changed).Items.Single();
        Assert.Equal(ImportOutcome.Skipped, kept.Outcome);
        Assert.Contains("--overwrite", kept.Reason, StringComparison.Ordinal);
        Assert.Equal(edited, _fixture.Files()[path]);

        var replaced = _fixture.Import(HelpDesk.Chatwoot, changed, new ImportRequest(HelpDesk.Chatwoot, Overwrite: true)).Items.Single();
        Assert.Equal(ImportOutcome.Updated, replaced.Outcome);
        Assert.Contains("Thanks a lot!", _fixture.Files()[path], StringComparison.Ordinal);
    }

    [Fact]
    public void DryRun_WritesNothing_ButReportsWhatItWouldDo()
    {
        var before = _fixture.Files();

        var report = _fixture.Import(HelpDesk.Freshdesk, HelpDeskExports.Freshdesk, new ImportRequest(HelpDesk.Freshdesk, DryRun: true));

        Assert.True(report.DryRun);
        Assert.Equal(3, report.Written);
        Assert.Equal(before, _fixture.Files());
        Assert.False(Directory.Exists(Path.Combine(_fixture.Folder.Root, "templates", "en", "freshdesk")));
    }

    [Fact]
    public void ATakenShortcut_GetsASuffix_AndTheReportSaysSo()
    {
        _fixture.Folder.Write("templates/en/returns/refund.md", "---\ntitle: Refund\nshortcut: refund\n---\nHello\n");

        var report = _fixture.Import(HelpDesk.Chatwoot, HelpDeskExports.Chatwoot);

        var refund = report.Items.Single(i => i.Source == "chatwoot:canned-response:12");
        Assert.Contains("shortcut: \"refund-2\"", _fixture.Files()[refund.Path!], StringComparison.Ordinal);
        Assert.Contains(refund.Notes, n => n.Contains("/refund-2", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("../../outside")]
    [InlineData("/etc")]
    [InlineData(".hidden")]
    public void AFolderOutsideTheTemplates_IsRefused_AndNothingIsWritten(string folder)
    {
        var before = _fixture.Files();

        Assert.Throws<ImportRequestException>(() =>
            _fixture.Import(HelpDesk.Chatwoot, HelpDeskExports.Chatwoot, new ImportRequest(HelpDesk.Chatwoot, Folder: folder)));
        Assert.Equal(before, _fixture.Files());
    }

    [Fact]
    public void AnUnknownLanguage_IsRefused()
    {
        Assert.Throws<ImportRequestException>(() =>
            _fixture.Import(HelpDesk.Chatwoot, HelpDeskExports.Chatwoot, new ImportRequest(HelpDesk.Chatwoot, Language: "xx")));
    }

    [Fact]
    public void AHugeBody_IsSkippedWithTheLimit_AndTheOtherItemsStillImport()
    {
        var huge = new string('a', 300_000);
        var export = new ExportReaderFacade().Chatwoot($$"""[{"id": 1, "short_code": "big", "content": "{{huge}}"}, {"id": 2, "short_code": "small", "content": "Hi"}]""");

        var report = _fixture.Import(HelpDesk.Chatwoot, export);

        Assert.Contains("at most", report.Items.Single(i => i.Source == "chatwoot:canned-response:1").Reason, StringComparison.Ordinal);
        Assert.Equal(ImportOutcome.Written, report.Items.Single(i => i.Source == "chatwoot:canned-response:2").Outcome);
    }

    [Fact]
    public void ATitleInCyrillic_KeepsItsCategoryAsATag_AndGetsAnAsciiFileName()
    {
        var export = new ExportReaderFacade().Read(HelpDesk.Zendesk,
            """{"macros": [{"id": 42, "title": "Доставка::Посылка задерживается", "actions": [{"field": "comment_value", "value": "Здравствуйте, {{ticket.requester.first_name}}!"}]}]}""");

        var item = _fixture.Import(HelpDesk.Zendesk, export, new ImportRequest(HelpDesk.Zendesk, Language: "ru")).Items.Single();

        Assert.Equal("templates/ru/zendesk/macro-42.md", item.Path);
        var text = _fixture.Files()[item.Path!];
        Assert.Contains("title: \"Посылка задерживается\"", text, StringComparison.Ordinal);
        Assert.Contains("tags: [\"zendesk\", \"доставка\"]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlWithMoreTagsThanTheLimit_IsSkippedBeforeItIsParsed()
    {
        var nested = string.Concat(Enumerable.Repeat("<div>", 30_000));
        var export = new ExportReaderFacade().Read(HelpDesk.Zammad, $$"""[{"id": 1, "name": "Deep", "content": "{{nested}}x"}, {"id": 2, "name": "Fine", "content": "<p>Hi</p>"}]""");

        var report = _fixture.Import(HelpDesk.Zammad, export);

        Assert.Contains("at most 10,000 are read", report.Items.Single(i => i.Source == "zammad:text-module:1").Reason, StringComparison.Ordinal);
        Assert.Equal(ImportOutcome.Written, report.Items.Single(i => i.Source == "zammad:text-module:2").Outcome);
    }

    [Fact]
    public void AFileAlreadyAtThePath_IsNeverReplaced()
    {
        _fixture.Folder.Write("templates/en/chatwoot/greet-11.md", "---\ntitle: Mine\n---\nMy own text\n");

        var report = _fixture.Import(HelpDesk.Chatwoot, HelpDeskExports.Chatwoot);

        Assert.Equal(ImportOutcome.Skipped, report.Items.Single(i => i.Source == "chatwoot:canned-response:11").Outcome);
        Assert.Equal("---\ntitle: Mine\n---\nMy own text\n", _fixture.Files()["templates/en/chatwoot/greet-11.md"]);
    }
}
