using KnowledgeBase.Content.Loading;

namespace KnowledgeBase.Content.Library;

/// <summary>
/// The content as the app serves it, and one event when it changed: raised after a change is in
/// both the library and the search index, on one background thread, in the order changes happened.
/// </summary>
public interface IContentUpdates
{
    /// <summary>The current snapshot of the content folder.</summary>
    ContentSet Current { get; }

    /// <summary>A change is now in the library and searchable.</summary>
    event Action<ContentIndexed>? Indexed;
}
