using KnowledgeBase.Storage.Insights;

namespace KnowledgeBase.Web.Insights;

/// <summary>
/// Decides which searches of one search page are logged. Results follow the agent's typing, so
/// "delivery times" typed letter by letter runs a search for "d", "de", "del"…; only the query the
/// agent settled on is one logged search: when it stayed unchanged for a pause, when a result was
/// opened from it, or when the agent left the page. A result opened after the search was logged is
/// linked to it by its id.
/// </summary>
public sealed class SearchLog : IDisposable
{
    private readonly Lock _gate = new();
    private readonly InsightRecorder _recorder;
    private readonly TimeSpan _pause;
    private readonly ITimer _timer;
    private Pending? _pending;
    private Logged? _logged;

    internal SearchLog(InsightRecorder recorder, TimeProvider time, TimeSpan pause)
    {
        _recorder = recorder;
        _pause = pause;
        _timer = time.CreateTimer(_ => Flush(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>A search ran and its results are on screen.</summary>
    public void Searched(string query, string? language, int resultCount)
    {
        ArgumentNullException.ThrowIfNull(query);
        var cleaned = SearchEvent.Clean(query);
        lock (_gate)
        {
            if (cleaned.Length == 0)
            {
                // The box was cleared: what was there was a step on the way, not a settled search.
                _pending = null;
                _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                return;
            }

            var key = $"{QueryText.Normalise(cleaned)}\n{language}";
            if (_pending is { } pending && pending.Key == key)
            {
                // The same search again (the index changed, the language preference moved results):
                // the query is still unchanged, so the pause keeps running.
                _pending = pending with { Query = cleaned, ResultCount = resultCount };
                return;
            }

            if (_pending is null && _logged?.Key == key)
            {
                return; // Re-run of the search already logged.
            }

            _pending = new Pending(key, cleaned, language, resultCount);
            _timer.Change(_pause, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>The agent opened a result of the search on screen.</summary>
    public void Opened(string documentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        lock (_gate)
        {
            if (_pending is not null)
            {
                Commit(documentId);
            }
            else if (_logged is { } logged)
            {
                _recorder.RecordOpened(logged.Id, documentId);
            }
        }
    }

    /// <summary>Logs the search on screen now, if it is not logged yet.</summary>
    public void Flush()
    {
        lock (_gate)
        {
            if (_pending is not null)
            {
                Commit(openedDocumentId: null);
            }
        }
    }

    private void Commit(string? openedDocumentId)
    {
        var pending = _pending!;
        _pending = null;
        _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        var id = Guid.NewGuid();
        _logged = new Logged(id, pending.Key);
        _recorder.RecordSearch(id, pending.Query, pending.Language, pending.ResultCount, openedDocumentId);
    }

    /// <summary>Leaving the page logs the search on screen.</summary>
    public void Dispose()
    {
        Flush();
        _timer.Dispose();
    }

    private sealed record Pending(string Key, string Query, string? Language, int ResultCount);

    private sealed record Logged(Guid Id, string Key);
}
