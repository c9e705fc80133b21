namespace KnowledgeBase.Content.Configuration;

/// <summary>
/// Where content and state live; bound from the <c>KnowledgeBase</c> configuration section
/// (so <c>KnowledgeBase__ContentPath</c> and <c>KnowledgeBase__DataPath</c> work as environment variables).
/// </summary>
public sealed class KnowledgeBaseOptions
{
    public const string SectionName = "KnowledgeBase";

    /// <summary>The content folder; default: the repository's <c>content/</c>.</summary>
    public string? ContentPath { get; set; }

    /// <summary>The data folder (index, database); default: the repository's git-ignored <c>data/</c>.</summary>
    public string? DataPath { get; set; }
}
