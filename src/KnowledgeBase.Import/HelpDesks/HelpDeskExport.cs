namespace KnowledgeBase.Import.HelpDesks;

/// <summary>What an export file holds: the items that could be read, and the entries that could not.</summary>
public sealed record HelpDeskExport(HelpDesk HelpDesk, IReadOnlyList<HelpDeskItem> Items, IReadOnlyList<ItemProblem> Problems);
