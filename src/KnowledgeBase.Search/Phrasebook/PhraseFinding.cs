namespace KnowledgeBase.Search.Phrasebook;

/// <summary>An avoided phrase found in a reply, with what the phrasebook suggests instead.</summary>
/// <param name="Start">UTF-16 offset of the phrase in the linted text.</param>
/// <param name="Length">UTF-16 length of the phrase as written in the text.</param>
/// <param name="Found">The phrase exactly as written in the text (<c>text.Substring(Start, Length)</c>).</param>
/// <param name="Avoid">The phrasebook's <c>avoid</c> phrase that matched.</param>
/// <param name="Prefer">The phrasebook's alternatives, best first; may be empty.</param>
/// <param name="Note">Why the phrase is avoided, when the phrasebook says.</param>
public sealed record PhraseFinding(int Start, int Length, string Found, string Avoid, IReadOnlyList<string> Prefer, string? Note)
{
    /// <summary>Offset just after the phrase.</summary>
    public int End => Start + Length;
}
