namespace KnowledgeBase.Search.Phrasebook;

/// <summary>
/// Checks a reply against the current content's phrasebooks, for the running app: an edited
/// phrasebook file applies to the next call. Thread-safe; register it as a singleton.
/// </summary>
public interface IPhrasebookService
{
    /// <summary>
    /// The avoided phrases in <paramref name="text"/> for the language, in text order; empty when
    /// the language has no phrasebook. Any text is valid input.
    /// </summary>
    /// <param name="language">ISO 639-1 code such as <c>en</c>; <c>fr-FR</c> is read as <c>fr</c>.</param>
    IReadOnlyList<PhraseFinding> Lint(string text, string language);
}
