using KnowledgeBase.Content.Library;
using KnowledgeBase.Search.Indexing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeBase.Search.Hosting;

/// <summary>
/// Keeps the library and the index current in a running app: at start it reads the content folder
/// and synchronises the index (searches work meanwhile, on what is indexed so far); then it watches
/// the folder and applies each batch of saved, added, renamed or deleted files within a second.
/// </summary>
public sealed class IndexSynchronizer(
    ContentLibrary library,
    SearchIndex index,
    SearchIndexOptions options,
    TimeProvider time,
    ILogger<IndexSynchronizer> logger) : BackgroundService
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ContentWatcher? _watcher;
    private ITimer? _commit;

    /// <summary>Completes when the first synchronisation has finished.</summary>
    public Task Ready => _ready.Task;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        try
        {
            // Watch first, so changes made during the initial build are not missed.
            if (options.WatchContent)
            {
                _watcher = new ContentWatcher(library.Root, time, options.WatchDebounce, Apply, logger);
            }

            library.Load();
            index.Synchronize(library.Current);
            index.WarmUp();
            _ready.TrySetResult();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Indexing {Root} failed", library.Root);
            _ready.TrySetException(ex);
        }
    }, stoppingToken);

    private void Apply(IReadOnlyCollection<string> paths)
    {
        var change = library.Apply(paths);
        if (change.SynonymsChanged)
        {
            index.UseSynonyms(library.Current.Synonyms);
        }

        try
        {
            index.Apply(change.Upserted, change.Removed);
        }
        catch (Exception ex) when (SearchIndex.IsStorageFailure(ex))
        {
            // The index folder was deleted or broke under us: start it over from content, which has the change.
            logger.LogWarning(ex, "Applying {Changed} to the search index failed", string.Join(", ", change.Ids));
            RebuildQuietly();
            return;
        }

        if (change.Upserted.Count + change.Removed.Count > 0)
        {
            logger.LogInformation("Re-indexed {Changed}", string.Join(", ", change.Ids));
            _commit ??= time.CreateTimer(_ => CommitQuietly(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _commit.Change(options.CommitDelay, Timeout.InfiniteTimeSpan);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _watcher?.Dispose();
        _watcher = null;
        await base.StopAsync(cancellationToken);
        CommitQuietly();
    }

    private void RebuildQuietly()
    {
        try
        {
            index.Rebuild(library.Current);
        }
        catch (Exception ex) when (SearchIndex.IsStorageFailure(ex))
        {
            logger.LogError(ex, "Rebuilding the search index failed; searches use what was indexed before, and the next change tries again");
        }
    }

    private void CommitQuietly()
    {
        try
        {
            index.Commit();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            logger.LogWarning(ex, "Committing the search index failed; it will be brought up to date at the next start");
        }
    }

    public override void Dispose()
    {
        _watcher?.Dispose();
        _commit?.Dispose();
        base.Dispose();
    }
}
