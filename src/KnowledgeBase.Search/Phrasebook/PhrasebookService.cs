using System.Diagnostics;
using KnowledgeBase.Content.Library;

namespace KnowledgeBase.Search.Phrasebook;

/// <summary>
/// Lints with the phrasebooks of <see cref="ContentLibrary.Current"/>. The linter is built on the
/// first call and rebuilt on the first call after the library's phrasebooks change: the library
/// gives a new phrasebook dictionary only when it re-reads the phrasebook files, so a reference
/// compare is enough, and editing an article costs nothing here.
/// </summary>
/// <remarks>
/// A replaced linter is disposed, because it holds Lucene analyzers with per-thread state; but only
/// once no call is still using it, by counting its users (<see cref="SharedLinter"/>). Calls never
/// wait for one another; a call that finds the phrasebooks changed builds the new linter under a
/// lock, so concurrent callers build it once.
/// </remarks>
public sealed class PhrasebookService(ContentLibrary library) : IPhrasebookService, IDisposable
{
    private readonly Lock _gate = new();
    private SharedLinter? _current;
    private bool _disposed;

    /// <summary>The linter in use, for tests; null before the first call.</summary>
    internal PhrasebookLinter? CurrentLinter => Volatile.Read(ref _current)?.Linter;

    /// <inheritdoc />
    public IReadOnlyList<PhraseFinding> Lint(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        var shared = Acquire();
        try
        {
            return shared.Linter.Lint(text, language);
        }
        finally
        {
            shared.Release();
        }
    }

    private SharedLinter Acquire()
    {
        var current = Volatile.Read(ref _current);
        if (current is not null && ReferenceEquals(current.Source, library.Current.Phrasebooks) && current.TryAcquire())
        {
            return current;
        }

        // The first call, changed phrasebooks, a linter replaced between reading and acquiring it,
        // or a disposed service: all settled under the lock.
        return AcquireFresh();
    }

    private SharedLinter AcquireFresh()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);

            // Read the library again inside the lock: a caller holding an older snapshot must not
            // swap the linter back to the phrasebooks another caller has just replaced.
            var phrasebooks = library.Current.Phrasebooks;
            var current = _current;
            if (current is null || !ReferenceEquals(current.Source, phrasebooks))
            {
                var fresh = new SharedLinter(new PhrasebookLinter(phrasebooks), phrasebooks);
                Volatile.Write(ref _current, fresh);
                current?.Release();
                current = fresh;
            }

            // Cannot fail: the current linter keeps the service's own reference until it is replaced, under this lock.
            var acquired = current.TryAcquire();
            Debug.Assert(acquired, "the current linter is never disposed");
            return current;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _current?.Release();
        }
    }
}
