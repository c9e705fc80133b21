namespace KnowledgeBase.Import.HelpDesks;

/// <summary>An entry of the export that cannot become an item (no id, no title, a wrong type), and why.</summary>
/// <param name="Position">0-based position in the export's list, so the entry can be found.</param>
/// <param name="Source">The <c>source:</c> id when the entry had an id, else null.</param>
public sealed record ItemProblem(int Position, string? Source, string? Title, string Reason);
