namespace KnowledgeBase.Search.Indexing;

/// <summary>Tunables of the search index.</summary>
public sealed class SearchIndexOptions
{
    public const string SectionName = "KnowledgeBase:Search";

    /// <summary>Index writer buffer; bigger means faster bulk builds.</summary>
    public double RamBufferMb { get; set; } = 64;

    /// <summary>How long the file watcher waits for more events before applying a batch of changes.</summary>
    public TimeSpan WatchDebounce { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// How long after the last change the index is committed to disk. Changes are searchable at once;
    /// committing (an fsync) only makes them survive a crash, and is too slow to do per saved file.
    /// </summary>
    public TimeSpan CommitDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest a change waits for its commit while more keep coming.</summary>
    public TimeSpan CommitMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Watch the content folder while running (the app does; one-shot CLI commands do not).</summary>
    public bool WatchContent { get; set; } = true;
}
