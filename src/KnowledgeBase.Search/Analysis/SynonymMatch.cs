namespace KnowledgeBase.Search.Analysis;

/// <summary>A run of typed words a synonym rule matched, and the phrases it means the same as.</summary>
/// <param name="Start">Index of the first matched word.</param>
/// <param name="Length">How many words the rule matched.</param>
/// <param name="Phrases">Each synonym as its words (one word for a single-word synonym).</param>
internal sealed record SynonymMatch(int Start, int Length, IReadOnlyList<string[]> Phrases);
