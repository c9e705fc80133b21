using KnowledgeBase.Import.HelpDesks;
using KnowledgeBase.Import.Reporting;

namespace KnowledgeBase.Cli.Commands;

/// <summary>The import report as lines for people and as one JSON object for scripts.</summary>
internal static class ImportReportText
{
    public static void Print(ImportReport report, TextWriter output)
    {
        foreach (var item in report.Items)
        {
            var outcome = Word(item.Outcome, report.DryRun);
            output.WriteLine($"{outcome,-15} {item.Path ?? "-"}  ({item.Source ?? "no id"}: {item.Title})");
            if (item.Reason is not null)
            {
                output.WriteLine($"                because {item.Reason}");
            }

            foreach (var note in item.Notes)
            {
                output.WriteLine($"                note: {note}");
            }
        }

        var (written, updated) = report.DryRun ? ("dry run, nothing written: would write", "would update") : ("written", "updated");
        output.WriteLine(
            $"{HelpDeskNames.Display(report.HelpDesk)} → templates/{report.Language}/{report.Folder}: {written} {report.Written}, " +
            $"{updated} {report.Updated}, unchanged {report.Unchanged}, skipped {report.Skipped}");
    }

    public static object Json(ImportReport report) => new
    {
        helpDesk = HelpDeskNames.Of(report.HelpDesk),
        language = report.Language,
        folder = report.Folder,
        dryRun = report.DryRun,
        written = report.Written,
        updated = report.Updated,
        unchanged = report.Unchanged,
        skipped = report.Skipped,
        items = report.Items.Select(i => new
        {
            source = i.Source,
            title = i.Title,
            outcome = i.Outcome,
            path = i.Path,
            reason = i.Reason,
            notes = i.Notes,
        }),
    };

    private static string Word(ImportOutcome outcome, bool dryRun) => (outcome, dryRun) switch
    {
        (ImportOutcome.Written, true) => "would write",
        (ImportOutcome.Updated, true) => "would update",
        (ImportOutcome.Written, false) => "written",
        (ImportOutcome.Updated, false) => "updated",
        (ImportOutcome.Unchanged, _) => "unchanged",
        _ => "skipped",
    };
}
