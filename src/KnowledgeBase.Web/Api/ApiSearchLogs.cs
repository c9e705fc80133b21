using KnowledgeBase.Web.Insights;

namespace KnowledgeBase.Web.Api;

/// <summary>
/// Insights for API searches, counted like the search page's: one <see cref="SearchLog"/> per API
/// client (an access token, or a signed-in browser), so a side panel that searches as the agent
/// types logs the query it settled on, not every prefix; the same per-user bounds apply
/// (<see cref="RateLimits.SearchLogThrottle"/>). A document fetched after a search counts as opened
/// from it. Logs idle for a while are flushed and dropped. Thread-safe.
/// </summary>
public sealed class ApiSearchLogs(IServiceProvider services, TimeProvider time) : IDisposable
{
    private const int MaxClients = 10_000;
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Client> _clients = new(StringComparer.Ordinal);

    /// <summary>A search ran for <paramref name="client"/> (signed in as <paramref name="userId"/>).</summary>
    public void Searched(string client, int userId, string query, string? language, int resultCount)
    {
        ArgumentNullException.ThrowIfNull(client);
        LogOf(client, userId).Searched(query, language, resultCount);
    }

    /// <summary>The client fetched a document: it was opened from the client's last search, if any.</summary>
    public void Opened(string client, string documentId)
    {
        ArgumentNullException.ThrowIfNull(client);
        SearchLog? log;
        lock (_gate)
        {
            log = _clients.TryGetValue(client, out var known) ? known.Log : null;
        }

        log?.Opened(documentId);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var client in _clients.Values)
            {
                client.Log.Dispose();
            }

            _clients.Clear();
        }
    }

    private SearchLog LogOf(string key, int userId)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            Forget(now - Idle);
            if (!_clients.TryGetValue(key, out var client))
            {
                // Singletons only (writer, throttle, stores): the recorder outlives the request that made it.
                var recorder = ActivatorUtilities.CreateInstance<InsightRecorder>(services).ForUser(userId);
                client = new Client(recorder.StartSearchLog());
                _clients[key] = client;
            }

            client.LastUsed = now;
            return client.Log;
        }
    }

    // Disposing logs what is still pending, exactly like leaving the search page.
    private void Forget(DateTimeOffset idleSince)
    {
        List<string> stale = _clients.Count >= MaxClients
            ? [.. _clients.Keys]
            : _clients.Where(c => c.Value.LastUsed < idleSince).Select(c => c.Key).ToList();
        foreach (var key in stale)
        {
            _clients[key].Log.Dispose();
            _clients.Remove(key);
        }
    }

    private sealed class Client(SearchLog log)
    {
        public SearchLog Log { get; } = log;

        public DateTimeOffset LastUsed { get; set; }
    }
}
