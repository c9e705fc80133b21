using KnowledgeBase.Import.HelpDesks;

namespace KnowledgeBase.Import.Reporting;

/// <summary>What an import did with every item of the export, in the export's order.</summary>
public sealed record ImportReport(HelpDesk HelpDesk, string Language, string Folder, bool DryRun, IReadOnlyList<ImportItemResult> Items)
{
    public int Written => Count(ImportOutcome.Written);

    public int Updated => Count(ImportOutcome.Updated);

    public int Unchanged => Count(ImportOutcome.Unchanged);

    public int Skipped => Count(ImportOutcome.Skipped);

    private int Count(ImportOutcome outcome) => Items.Count(i => i.Outcome == outcome);
}
