namespace KnowledgeBase.Content.FrontMatter;

/// <summary>Front matter that is not valid YAML, not a map of keys to values, or over a limit.</summary>
internal sealed class FrontMatterException(string message, int line, string? code = null) : Exception(message)
{
    /// <summary>1-based line in the file.</summary>
    public int Line { get; } = line;

    /// <summary>The finding code when it is more specific than the reader's own (e.g. <c>yaml-anchor</c>); null otherwise.</summary>
    public string? Code { get; } = code;
}
