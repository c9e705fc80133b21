namespace KnowledgeBase.Search.Querying;

/// <summary>One word the agent typed, in the forms the index knows it by.</summary>
/// <param name="Folded">Lower case, no diacritics.</param>
/// <param name="Stems">Its stems in the languages searched.</param>
/// <param name="IsPrefix">The word is still being typed and matches as a prefix.</param>
internal sealed record QueryWord(string Folded, HashSet<string> Stems, bool IsPrefix);
