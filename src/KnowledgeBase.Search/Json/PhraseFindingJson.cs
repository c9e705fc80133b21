using KnowledgeBase.Search.Phrasebook;

namespace KnowledgeBase.Search.Json;

/// <summary>One avoided phrase: where it is (UTF-16 offsets), and what to write instead, with its capitals.</summary>
/// <param name="Suggestions">The preferred phrases as they would replace the found one ("no problem" → "always happy to help").</param>
public sealed record PhraseFindingJson(int Start, int Length, string Phrase, IReadOnlyList<string> Suggestions, string Avoid, string? Note)
{
    public static PhraseFindingJson From(string text, PhraseFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new PhraseFindingJson(finding.Start, finding.Length, finding.Found, SuggestionsFor(text, finding), finding.Avoid, finding.Note);
    }

    /// <summary>Each preferred phrase written the way the found one was, as the replacement would put it.</summary>
    public static IReadOnlyList<string> SuggestionsFor(string text, PhraseFinding finding)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(finding);
        return [.. finding.Prefer.Select(preferred =>
        {
            var replaced = PhraseReplacement.Apply(text, finding, preferred);
            return replaced.Text[finding.Start..replaced.CaretAfter];
        })];
    }
}
