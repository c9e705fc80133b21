using KnowledgeBase.Content.Model;
using KnowledgeBase.Import;
using KnowledgeBase.Import.HelpDesks;
using KnowledgeBase.Import.Reporting;
using KnowledgeBase.Import.Writing;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Components.Pages.Import;

/// <summary>
/// <c>kb import</c> in the browser, for admins: upload an export, preview the report (a dry run),
/// then import. The file is held in memory between the two, within the import's size limit; each
/// step checks the admin's role again, as every action on the admin pages does.
/// </summary>
public sealed partial class ImportPage
{
    // Qualified: KnowledgeBase.Web.HelpDesk (the help-desk links) is a namespace next to this one.
    private global::KnowledgeBase.Import.HelpDesks.HelpDesk _helpDesk = global::KnowledgeBase.Import.HelpDesks.HelpDesk.Zendesk;
    private string _language = Languages.Default;
    private string? _folder;
    private bool _overwrite;
    private byte[]? _file;
    private ImportReport? _report;
    private string? _error;
    private bool _busy;

    [Inject]
    private ExportReader Reader { get; set; } = null!;

    [Inject]
    private HelpDeskImporter Importer { get; set; } = null!;

    [Inject]
    private AccessCheck Access { get; set; } = null!;

    [Inject]
    private IOptions<ImportOptions> Options { get; set; } = null!;

    private async Task ChooseAsync(InputFileChangeEventArgs e)
    {
        (_error, _report, _file) = (null, null, null);
        var max = Options.Value.MaxFileBytes;
        if (e.File.Size > max)
        {
            _error = $"{e.File.Name} is too large: at most {max / (1024 * 1024)} MB is imported at once (KnowledgeBase:Import:MaxFileBytes).";
            return;
        }

        try
        {
            await using var stream = e.File.OpenReadStream(max);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            _file = copy.ToArray();
        }
        catch (IOException ex)
        {
            _error = $"{e.File.Name} could not be read: {ex.Message}";
        }
    }

    private Task PreviewAsync() => RunAsync("preview a help-desk import", dryRun: true);

    private Task ConfirmAsync() => RunAsync("import templates from a help desk", dryRun: false);

    private async Task RunAsync(string action, bool dryRun)
    {
        _error = null;
        if (_file is null)
        {
            _error = "Choose the export file first.";
            return;
        }

        var access = await Access.CheckAsync(UserRole.Admin, action);
        if (!access.IsAllowed)
        {
            _error = $"Only admins can import, and {access.Refusal}";
            return;
        }

        _busy = true;
        try
        {
            var export = Reader.Read(_helpDesk, new MemoryStream(_file, writable: false));
            var folder = string.IsNullOrWhiteSpace(_folder) ? null : _folder;
            _report = Importer.Import(new ImportRequest(_helpDesk, _language, folder, dryRun, _overwrite), export);
        }
        catch (ExportReadException ex)
        {
            (_error, _report) = ($"The file cannot be imported: {ex.Message}. Nothing was written.", null);
        }
        catch (ImportRequestException ex)
        {
            (_error, _report) = ($"{ex.Message}. Nothing was written.", null);
        }
        finally
        {
            _busy = false;
        }
    }

    private static string Summary(ImportReport report) => report.DryRun
        ? $"Preview, nothing written yet: {report.Written} to write, {report.Updated} to update, {report.Unchanged} unchanged, {report.Skipped} skipped."
        : $"Imported into templates/{report.Language}/{report.Folder}: {report.Written} written, {report.Updated} updated, {report.Unchanged} unchanged, {report.Skipped} skipped.";

    private static string Word(ImportOutcome outcome, bool dryRun) => (outcome, dryRun) switch
    {
        (ImportOutcome.Written, true) => "will be written",
        (ImportOutcome.Updated, true) => "will be updated",
        (ImportOutcome.Written, false) => "written",
        (ImportOutcome.Updated, false) => "updated",
        (ImportOutcome.Unchanged, _) => "unchanged",
        _ => "skipped",
    };
}
