using Microsoft.Extensions.Logging;

namespace KnowledgeBase.Content.Library;

/// <summary>
/// Watches a content folder and reports changed paths in batches: events arriving within
/// <c>debounce</c> of each other are collected into one batch, because one save in an editor
/// raises several events (write, rename of a temp file, attribute change).
/// </summary>
public sealed class ContentWatcher : IDisposable
{
    /// <summary>Passed in a batch when the watcher lost events and the whole folder must be re-read.</summary>
    public const string Everything = "*";

    private static readonly HashSet<string> WatchedExtensions = new(StringComparer.OrdinalIgnoreCase) { ".md", ".txt", ".yml", ".yaml" };

    private readonly string _root;
    private readonly TimeProvider _time;
    private readonly TimeSpan _debounce;
    private readonly Action<IReadOnlyCollection<string>> _onBatch;
    private readonly ILogger _logger;
    private readonly FileSystemWatcher _watcher;
    private readonly Lock _gate = new();
    private readonly Lock _delivery = new();
    private HashSet<string> _pending = new(StringComparer.Ordinal);
    private ITimer? _timer;
    private bool _disposed;

    public ContentWatcher(string root, TimeProvider time, TimeSpan debounce, Action<IReadOnlyCollection<string>> onBatch, ILogger logger)
    {
        _root = Path.GetFullPath(root);
        _time = time;
        _debounce = debounce;
        _onBatch = onBatch;
        _logger = logger;
        _watcher = new FileSystemWatcher(_root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        _watcher.Changed += (_, e) => Enqueue(e.FullPath);
        _watcher.Created += (_, e) => Enqueue(e.FullPath);
        _watcher.Deleted += (_, e) => Enqueue(e.FullPath);
        _watcher.Renamed += (_, e) =>
        {
            Enqueue(e.OldFullPath);
            Enqueue(e.FullPath);
        };
        _watcher.Error += (_, e) =>
        {
            _logger.LogWarning(e.GetException(), "Content watcher lost events; re-reading the whole content folder");
            Enqueue(Everything);
        };
        _watcher.EnableRaisingEvents = true;
    }

    private void Enqueue(string fullPath)
    {
        string relative;
        if (fullPath == Everything)
        {
            relative = Everything;
        }
        else
        {
            relative = Path.GetRelativePath(_root, fullPath).Replace('\\', '/');
            if (relative.StartsWith("..", StringComparison.Ordinal) || relative.Split('/').Any(s => s.StartsWith('.')))
            {
                return;
            }

            // Editors' backup and swap files ("x.md~", "x.md.swp", "4913") are not content; folders are (a renamed folder).
            var extension = Path.GetExtension(relative);
            if (extension.Length > 0 && !WatchedExtensions.Contains(extension))
            {
                return;
            }
        }

        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _pending.Add(relative);
            _timer ??= _time.CreateTimer(_ => Deliver(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _timer.Change(_debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void Deliver()
    {
        // One batch at a time, in order: a slow batch holds the next one back rather than racing it.
        lock (_delivery)
        {
            HashSet<string> batch;
            lock (_gate)
            {
                if (_disposed || _pending.Count == 0)
                {
                    return;
                }

                batch = _pending;
                _pending = new HashSet<string>(StringComparer.Ordinal);
            }

            try
            {
                _onBatch(batch);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                _logger.LogError(ex, "Applying content changes failed for {Paths}", string.Join(", ", batch));
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _timer?.Dispose();
        }

        _watcher.Dispose();
    }
}
