namespace KnowledgeBase.Import.Reporting;

/// <summary>One line of the report: an item, what happened to it, where, and what changed on the way.</summary>
/// <param name="Source">The <c>source:</c> id (<c>zendesk:macro:123</c>), or null for an entry without a usable id.</param>
/// <param name="Path">The template's path in the content folder (also for a skipped item whose file exists).</param>
/// <param name="Reason">Why it was skipped; null otherwise.</param>
/// <param name="Notes">What the conversion changed or left out, and help-desk settings kept only as notes.</param>
public sealed record ImportItemResult(
    string? Source,
    string Title,
    ImportOutcome Outcome,
    string? Path,
    string? Reason,
    IReadOnlyList<string> Notes);
