namespace KnowledgeBase.Content.FrontMatter;

/// <summary>Front matter that is not valid YAML, or not a map of keys to values.</summary>
internal sealed class FrontMatterException(string message, int line) : Exception(message)
{
    /// <summary>1-based line in the file.</summary>
    public int Line { get; } = line;
}
