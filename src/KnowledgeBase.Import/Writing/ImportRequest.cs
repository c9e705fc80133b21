using KnowledgeBase.Import.HelpDesks;

namespace KnowledgeBase.Import.Writing;

/// <summary>Where and how to import.</summary>
/// <param name="Language">The language folder the templates go to (<c>templates/&lt;lang&gt;/…</c>).</param>
/// <param name="Folder">The folder under it; null for the help desk's name (<c>templates/en/zendesk/…</c>).</param>
/// <param name="DryRun">Report what would happen and write nothing.</param>
/// <param name="Overwrite">Also replace templates a lead changed since they were imported (otherwise they are skipped and reported).</param>
public sealed record ImportRequest(HelpDesk HelpDesk, string Language = "en", string? Folder = null, bool DryRun = false, bool Overwrite = false);
