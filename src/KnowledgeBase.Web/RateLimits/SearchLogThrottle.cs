using System.Collections.Concurrent;
using KnowledgeBase.Storage.Insights;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.RateLimits;

/// <summary>
/// Bounds what one user's searching adds to the insights log, across all their tabs: the same query
/// within <see cref="RateLimitOptions.SearchLogRepeatWindow"/> is one search, and at most
/// <see cref="RateLimitOptions.SearchLogPermitLimit"/> searches per window are logged. Without it
/// anyone signed in could grow the database without limit and skew the dashboard. Thread-safe.
/// </summary>
public sealed class SearchLogThrottle(IOptions<RateLimitOptions> options, ILogger<SearchLogThrottle> logger)
{
    private readonly ConcurrentDictionary<string, UserLog> _users = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether the search <paramref name="id"/> made at <paramref name="at"/> is logged. When it is the
    /// same as one logged a moment ago, <paramref name="loggedAs"/> is that search's id (a result opened
    /// from it belongs to the logged one).
    /// </summary>
    public bool ShouldLog(Guid id, string? userId, string query, string? language, DateTimeOffset at, out Guid loggedAs)
    {
        ArgumentNullException.ThrowIfNull(query);
        var limits = options.Value;
        var user = _users.GetOrAdd(userId ?? string.Empty, _ => new UserLog());
        var key = $"{QueryText.Normalise(SearchEvent.Clean(query))}\n{language}";
        lock (user)
        {
            user.Forget(at - limits.SearchLogRepeatWindow);
            if (user.Recent.TryGetValue(key, out var recent))
            {
                user.Aliases[id] = (recent.Id, at);
                loggedAs = recent.Id;
                return false;
            }

            if (at - user.WindowStart >= limits.SearchLogWindow)
            {
                (user.WindowStart, user.Count, user.Warned) = (at, 0, false);
            }

            loggedAs = id;
            if (user.Count >= limits.SearchLogPermitLimit)
            {
                if (!user.Warned)
                {
                    user.Warned = true;
                    logger.LogWarning("User {UserId} reached {Limit} logged searches in {Window}; further searches are not logged until the window ends", userId ?? "(anonymous)", limits.SearchLogPermitLimit, limits.SearchLogWindow);
                }

                return false;
            }

            user.Count++;
            user.Recent[key] = (id, at);
            return true;
        }
    }

    /// <summary>The logged search a search id stands for (itself unless it was a repeat).</summary>
    public Guid Resolve(string? userId, Guid id)
    {
        if (!_users.TryGetValue(userId ?? string.Empty, out var user))
        {
            return id;
        }

        lock (user)
        {
            return user.Aliases.TryGetValue(id, out var alias) ? alias.Id : id;
        }
    }

    /// <summary>One user's recent searches; guarded by locking the instance.</summary>
    private sealed class UserLog
    {
        public Dictionary<string, (Guid Id, DateTimeOffset At)> Recent { get; } = new(StringComparer.Ordinal);

        public Dictionary<Guid, (Guid Id, DateTimeOffset At)> Aliases { get; } = [];

        public DateTimeOffset WindowStart { get; set; } = DateTimeOffset.MinValue;

        public int Count { get; set; }

        public bool Warned { get; set; }

        public void Forget(DateTimeOffset before)
        {
            foreach (var (key, _) in Recent.Where(r => r.Value.At < before).ToList())
            {
                Recent.Remove(key);
            }

            foreach (var (key, _) in Aliases.Where(a => a.Value.At < before).ToList())
            {
                Aliases.Remove(key);
            }
        }
    }
}
