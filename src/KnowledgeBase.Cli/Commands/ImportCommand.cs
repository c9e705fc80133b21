using System.CommandLine;
using KnowledgeBase.Cli.Hosting;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Import.HelpDesks;
using KnowledgeBase.Import.Reporting;
using KnowledgeBase.Import.Writing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Cli.Commands;

/// <summary><c>kb import zendesk|freshdesk|zammad|chatwoot FILE</c>: a help desk's macros or canned responses as reply templates.</summary>
public static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new CommonOptions();
        var helpDesk = new Argument<string>("HELPDESK") { Description = "Where the export comes from: zendesk, freshdesk, zammad or chatwoot" };
        helpDesk.AcceptOnlyFromAmong([.. HelpDeskNames.All]);
        var file = new Argument<string>("FILE")
        {
            Description = "The JSON the help desk's API returned: Zendesk GET /api/v2/macros; Freshdesk canned-response folders and their responses; "
                + "Zammad GET /api/v1/text_modules; Chatwoot GET /api/v1/accounts/{id}/canned_responses (see docs/import.md)",
        };
        var language = new Option<string>("--lang")
        {
            Description = "The language of the texts: templates go to templates/<L>/…",
            HelpName = "L",
            DefaultValueFactory = _ => Languages.Default,
        };
        var folder = new Option<string?>("--folder")
        {
            Description = "The folder under templates/<L>/ to write to (default: the help desk's name, e.g. templates/en/zendesk/)",
            HelpName = "F",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Report what would be written, updated or skipped, and write nothing" };
        var overwrite = new Option<bool>("--overwrite") { Description = "Also replace imported templates that were changed in the knowledge base since (they are skipped otherwise)" };

        var command = new Command("import",
            "Import a help desk's macros, canned responses or text modules as reply templates: HTML becomes reply text, placeholders become ours "
            + "(the customer's name, the agent's details; ticket numbers and unknown ones become fields the form asks for), categories, short codes, "
            + "inactive state, restrictions and notes are kept in front matter. One line per item: written, updated, unchanged or skipped and why. "
            + "Importing the same export again updates the same files. Exit code 0 when every item imported, 1 when some were skipped, "
            + "2 when the file cannot be read (missing, too large, not JSON, not that help desk's export) or the language or folder cannot hold templates.");
        command.Arguments.Add(helpDesk);
        command.Arguments.Add(file);
        command.Options.Add(language);
        command.Options.Add(folder);
        command.Options.Add(dryRun);
        command.Options.Add(overwrite);
        options.AddTo(command);

        command.SetAction(parse =>
        {
            if (CliServices.ExistingContent(parse, options, console) is not { } paths)
            {
                return ExitCodes.NotFound;
            }

            HelpDeskNames.TryParse(parse.GetValue(helpDesk), out var desk);
            var request = new ImportRequest(desk, parse.GetValue(language) ?? Languages.Default, parse.GetValue(folder), parse.GetValue(dryRun), parse.GetValue(overwrite));
            var exportPath = Path.GetFullPath(parse.GetValue(file)!, console.WorkingDirectory);
            using var services = CliServices.Build(paths, console);
            ImportReport report;
            try
            {
                var export = services.GetRequiredService<ExportReader>().ReadFile(desk, exportPath);
                report = services.GetRequiredService<HelpDeskImporter>().Import(request, export);
            }
            catch (ExportReadException ex)
            {
                console.Error.WriteLine($"error: {console.Display(exportPath)}: {ex.Message}; nothing was imported");
                return ExitCodes.NotFound;
            }
            catch (ImportRequestException ex)
            {
                console.Error.WriteLine($"error: {ex.Message}; nothing was imported");
                return ExitCodes.NotFound;
            }

            if (parse.GetValue(options.Json))
            {
                JsonOutput.Write(console.Out, ImportReportText.Json(report));
            }
            else
            {
                ImportReportText.Print(report, console.Out);
            }

            return report.Skipped > 0 ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }
}
