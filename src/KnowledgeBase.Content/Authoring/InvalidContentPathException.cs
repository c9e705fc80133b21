namespace KnowledgeBase.Content.Authoring;

/// <summary>A path given for writing is outside the content folder or not a place documents live.</summary>
public sealed class InvalidContentPathException(string path, string reason)
    : ArgumentException($"'{path}' cannot be written: {reason}")
{
    public string Reason { get; } = reason;
}
