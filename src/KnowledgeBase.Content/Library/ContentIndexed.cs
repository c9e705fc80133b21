using KnowledgeBase.Content.Loading;

namespace KnowledgeBase.Content.Library;

/// <summary>
/// Raised once per change, after both the library and the search index have it: pages that show
/// content or results refresh from <see cref="Snapshot"/> and know searches already find it.
/// </summary>
/// <param name="Snapshot">The content as it is now (the same object <c>IContentUpdates.Current</c> returns).</param>
/// <param name="Change">What changed; for a full load or re-read, the difference to the content before.</param>
/// <param name="Everything">The whole folder was read again, or something every result depends on changed (synonyms).</param>
public sealed record ContentIndexed(ContentSet Snapshot, ContentChange Change, bool Everything)
{
    /// <summary>Every document id the change touched.</summary>
    public IEnumerable<string> Ids => Change.Ids;
}
