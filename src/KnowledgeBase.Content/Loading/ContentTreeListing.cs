namespace KnowledgeBase.Content.Loading;

/// <summary>What one walk of the content folder found: the files to read, and the links it did not follow.</summary>
/// <param name="Files">Regular files, relative to the content root with forward slashes, in ordinal order.</param>
/// <param name="Links">Symbolic links (to files or folders), in ordinal order of their paths.</param>
internal sealed record ContentTreeListing(IReadOnlyList<string> Files, IReadOnlyList<SkippedLink> Links)
{
    public static ContentTreeListing Empty { get; } = new([], []);
}
