using ContentPhrasebook = KnowledgeBase.Content.Phrasebook.Phrasebook;

namespace KnowledgeBase.Search.Phrasebook;

/// <summary>
/// A <see cref="PhrasebookLinter"/> with a count of its users, disposed when the last one lets go
/// (the IncRef / DecRef of Lucene's <c>SearcherManager</c>). The owner holds one reference for as
/// long as the linter is current; every call holds one more while it runs.
/// </summary>
internal sealed class SharedLinter(PhrasebookLinter linter, IReadOnlyDictionary<string, ContentPhrasebook> source)
{
    private int _references = 1;

    public PhrasebookLinter Linter { get; } = linter;

    /// <summary>The phrasebooks the linter was built from, compared by reference to the library's current ones.</summary>
    public IReadOnlyDictionary<string, ContentPhrasebook> Source { get; } = source;

    /// <summary>Adds a user; false once the linter has been disposed, so the caller takes the newer one.</summary>
    public bool TryAcquire()
    {
        var references = Volatile.Read(ref _references);
        while (references > 0)
        {
            var seen = Interlocked.CompareExchange(ref _references, references + 1, references);
            if (seen == references)
            {
                return true;
            }

            references = seen;
        }

        return false;
    }

    /// <summary>Removes a user; the last one out disposes the linter.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref _references) == 0)
        {
            Linter.Dispose();
        }
    }
}
