using System.Threading.Channels;
using KnowledgeBase.Content.Library;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Search.Indexing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeBase.Search.Hosting;

/// <summary>
/// The one route by which content reaches the app: the initial load and every later change go
/// through one queue, one at a time, in the order they happened. Each step updates the library,
/// then the index, then raises <see cref="Indexed"/> once — so a page that hears of a change can
/// search for it. The watcher starts before the initial load and its changes wait behind it, so a
/// file saved while the folder is first read is never reverted by the older read.
/// </summary>
public sealed partial class ContentPipeline(
    ContentLibrary library,
    SearchIndex index,
    SearchIndexOptions options,
    TimeProvider time,
    ILogger<ContentPipeline> logger) : BackgroundService, IContentUpdates
{
    private readonly Channel<PipelineStep> _steps = Channel.CreateUnbounded<PipelineStep>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly IndexCommits _commits = new(index, options, time, logger);
    private ContentWatcher? _watcher;

    // When each step not yet applied was queued, oldest first (steps are applied in that order).
    private readonly Lock _lagGate = new();
    private readonly Queue<DateTimeOffset> _queuedAt = new();

    /// <inheritdoc />
    public event Action<ContentIndexed>? Indexed;

    /// <inheritdoc />
    public ContentSet Current => library.Current;

    /// <summary>Completes when the first load is in the library and the index.</summary>
    public Task Ready => _ready.Task;

    /// <summary>
    /// How long the oldest change not yet in the index has waited; zero when the index has every change
    /// the pipeline was given. Health checks read it: a node whose index falls behind is not ready.
    /// </summary>
    public TimeSpan Lag
    {
        get
        {
            lock (_lagGate)
            {
                return _queuedAt.TryPeek(out var oldest) ? time.GetUtcNow() - oldest : TimeSpan.Zero;
            }
        }
    }

    /// <summary>Reports the initial load's progress (files read, of all); tests hook in here.</summary>
    internal Action<(int Done, int Total)>? LoadProgress { get; set; }

    /// <summary>Called on the watcher's thread once it has handed a change to the queue; tests hook in here.</summary>
    internal Action? ChangeQueued { get; set; }

    /// <summary>
    /// Applies changed paths (relative to the content root) as the watcher would, and completes once
    /// they are in the library and the index and <see cref="Indexed"/> was raised.
    /// </summary>
    public Task ApplyAsync(IReadOnlyCollection<string> relativePaths)
    {
        ArgumentNullException.ThrowIfNull(relativePaths);
        var step = new PipelineStep(relativePaths);
        return Enqueue(step) ? step.Done : Task.FromException(new ObjectDisposedException(nameof(ContentPipeline)));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Watch first: a change made while the folder is read waits in the queue behind the load.
        if (options.WatchContent)
        {
            _watcher = new ContentWatcher(library.Root, time, options.WatchDebounce, OnWatcherChange, logger);
        }

        // The first read and index of a large folder takes seconds: off the host's start-up thread.
        await Task.Yield();
        try
        {
            Load();
            index.WarmUp();
            _ready.TrySetResult();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Indexing {Root} failed", library.Root);
            _ready.TrySetException(ex);
            return;
        }

        try
        {
            await foreach (var step in _steps.Reader.ReadAllAsync(stoppingToken))
            {
                // Batches that queued up meanwhile go in together: one library update, one index refresh.
                var batch = new List<PipelineStep> { step };
                while (_steps.Reader.TryRead(out var more))
                {
                    batch.Add(more);
                }

                Run(batch);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is queued is read again from the folder at the next start.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _watcher?.Dispose();
        _watcher = null;
        _steps.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
        _commits.CommitNow();
    }

    public override void Dispose()
    {
        _watcher?.Dispose();
        _commits.Dispose();
        base.Dispose();
    }

    private void OnWatcherChange(IReadOnlyCollection<string> paths)
    {
        Enqueue(new PipelineStep(paths));
        ChangeQueued?.Invoke();
    }

    private bool Enqueue(PipelineStep step)
    {
        // Under the lock with the write: the queue of times stays in the order the steps are read.
        lock (_lagGate)
        {
            if (!_steps.Writer.TryWrite(step))
            {
                return false;
            }

            _queuedAt.Enqueue(time.GetUtcNow());
            return true;
        }
    }

    private void Done(int steps)
    {
        lock (_lagGate)
        {
            for (var i = 0; i < steps && _queuedAt.Count > 0; i++)
            {
                _queuedAt.Dequeue();
            }
        }
    }

    private void Load()
    {
        var progress = LoadProgress is { } report ? new Progress(report) : null;
        var change = library.Load(progress);
        index.Synchronize(library.Current);
        Publish(change, everything: true);
    }

    private void Run(List<PipelineStep> batch)
    {
        try
        {
            var paths = batch.SelectMany(s => s.Paths).Distinct(StringComparer.Ordinal).ToList();
            var change = library.Apply(paths);
            if (change.SynonymsChanged)
            {
                index.UseSynonyms(library.Current.Synonyms);
            }

            ApplyToIndex(change);
            if (!change.IsEmpty)
            {
                LogChange(change);
                _commits.Schedule();
            }

            Publish(change, everything: change.SynonymsChanged || paths.Contains(ContentWatcher.Everything));

            // Before anyone waiting hears of it: whoever asks next finds the index current.
            Done(batch.Count);
            batch.ForEach(s => s.Complete());
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // One bad batch must not stop the pipeline: later changes still go through.
            logger.LogError(ex, "Applying a content change failed");
            Done(batch.Count);
            batch.ForEach(s => s.Fail(ex));
        }
    }

    private void ApplyToIndex(ContentChange change)
    {
        try
        {
            index.Apply(library.Current, change.Upserted, change.Removed);
        }
        catch (Exception ex) when (SearchIndex.IsStorageFailure(ex))
        {
            // The index folder was deleted or broke under us: start it over from content, which has the change.
            logger.LogWarning(ex, "Applying {Changed} to the search index failed; rebuilding it", string.Join(", ", change.Ids));
            try
            {
                index.Rebuild(library.Current);
            }
            catch (Exception rebuild) when (SearchIndex.IsStorageFailure(rebuild))
            {
                logger.LogError(rebuild, "Rebuilding the search index failed; searches use what was indexed before, and the next change tries again");
            }
        }
    }

    private void Publish(ContentChange change, bool everything)
    {
        if (change.IsEmpty && !everything)
        {
            return;
        }

        var indexed = new ContentIndexed(library.Current, change, everything);
        foreach (var handler in Indexed?.GetInvocationList() ?? [])
        {
            try
            {
                ((Action<ContentIndexed>)handler)(indexed);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A page that fails to refresh is its own problem; the next listener still hears of it.
                logger.LogWarning(ex, "A listener failed on a content change");
            }
        }
    }

    private void LogChange(ContentChange change) => LogReindexed(logger, string.Join(", ", change.Ids));

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-indexed {Changed}")]
    private static partial void LogReindexed(ILogger logger, string changed);

    private sealed class Progress(Action<(int Done, int Total)> report) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => report(value);
    }
}
