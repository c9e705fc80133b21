namespace KnowledgeBase.Search.Snippets;

/// <summary>
/// One text's words in order: where each is (character offsets) and which distinct word it is; each
/// distinct word's folded form and stems (empty for a stop word), as the index's analysis makes them.
/// A long section repeats its words many times, and a snippet decides once per distinct word
/// whether to mark it.
/// </summary>
internal sealed record AnalysedText(int[] Starts, int[] Ends, int[] Words, string[] Folded, string[][] Stems)
{
    public int Count => Starts.Length;

    public int DistinctCount => Folded.Length;
}
