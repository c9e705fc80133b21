namespace KnowledgeBase.Search.Phrasebook;

/// <summary>
/// One word of a reply or of an avoided phrase: its folded form, its folded stem and the stem of
/// that stem (all three the same in languages matched word for word), and where it sits in the text.
/// </summary>
internal readonly record struct PhraseToken(string Surface, string Stem, string StemAgain, int Start, int End)
{
    /// <summary>
    /// Same word: their stems meet (see <see cref="StemAgainFilter"/>), or they are spelled the same
    /// once folded, for when a stemmer treats a form typed without diacritics differently.
    /// </summary>
    public bool Matches(PhraseToken other) =>
        Same(Surface, other.Surface)
        || Same(Stem, other.Stem) || Same(Stem, other.StemAgain) || Same(StemAgain, other.Stem) || Same(StemAgain, other.StemAgain);

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.Ordinal);
}
