using KnowledgeBase.Search.Indexing;
using Microsoft.Extensions.Logging;

namespace KnowledgeBase.Search.Hosting;

/// <summary>
/// Makes applied changes durable without an fsync per saved file: a commit waits for a quiet
/// moment (<see cref="SearchIndexOptions.CommitDelay"/> after the last change), but never longer
/// than <see cref="SearchIndexOptions.CommitMaxDelay"/> after the first uncommitted one, so a
/// steady trickle of saves cannot postpone it for ever.
/// </summary>
internal sealed class IndexCommits(SearchIndex index, SearchIndexOptions options, TimeProvider time, ILogger logger) : IDisposable
{
    private readonly Lock _gate = new();
    private ITimer? _timer;
    private DateTimeOffset? _firstPending;

    public void Schedule()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            _firstPending ??= now;
            var latest = _firstPending.Value + options.CommitMaxDelay;
            var due = now + options.CommitDelay < latest ? options.CommitDelay : latest - now;
            _timer ??= time.CreateTimer(_ => CommitNow(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _timer.Change(due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
        }
    }

    public void CommitNow()
    {
        lock (_gate)
        {
            _firstPending = null;
            _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }

        try
        {
            index.Commit();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            logger.LogWarning(ex, "Committing the search index failed; it will be brought up to date at the next start");
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _timer?.Dispose();
        }
    }
}
