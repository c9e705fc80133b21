namespace KnowledgeBase.Search.Snippets;

/// <summary>
/// One text's words in order: where each is (character offsets), its folded form and its stems
/// (empty for a stop word), as the index's analysis makes them.
/// </summary>
internal sealed record AnalysedText(int[] Starts, int[] Ends, string[] Folded, string[][] Stems)
{
    public int Count => Starts.Length;
}
