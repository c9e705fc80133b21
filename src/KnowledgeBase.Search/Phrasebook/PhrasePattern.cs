using KnowledgeBase.Content.Phrasebook;

namespace KnowledgeBase.Search.Phrasebook;

/// <summary>A phrasebook entry's <c>avoid</c> phrase as the words to look for.</summary>
/// <param name="Gaps">What must stand between word <c>i</c> and <c>i + 1</c>, see <see cref="PhraseText.GapMatches"/>.</param>
/// <param name="Order">Position of the entry in its phrasebook: the first entry wins when two match the same words.</param>
internal sealed record PhrasePattern(PhrasebookEntry Entry, PhraseToken[] Tokens, string[] Gaps, int Order);
