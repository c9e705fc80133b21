using System.Collections.Concurrent;
using KnowledgeBase.Storage.Accounts;
using Microsoft.Extensions.Options;
using KnowledgeBase.Application.Accounts;

namespace KnowledgeBase.Web.Security;

/// <summary>
/// Accounts as the cookie check and open tabs see them: read once per
/// <see cref="SessionOptions.AccountCacheDuration"/>, and dropped at once when
/// <see cref="AccountService"/> changes one, so a sign-out or a disabled account takes effect on
/// the very next request while ordinary requests (static files too) mostly skip the database.
/// </summary>
public sealed class AccountCache : IDisposable
{
    private readonly ConcurrentDictionary<int, Entry> _entries = new();
    private readonly AccountService _accounts;
    private readonly TimeProvider _time;
    private readonly TimeSpan _duration;

    // Bumped by every change: a read that started before a change must not store what it read.
    private long _generation;

    public AccountCache(AccountService accounts, TimeProvider time, IOptions<SessionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(options);
        _accounts = accounts;
        _time = time;
        _duration = options.Value.AccountCacheDuration;
        _accounts.Changed += Forget;
    }

    /// <summary>The account, or null when there is none with that id.</summary>
    public UserAccount? Find(int userId)
    {
        var now = _time.GetUtcNow();
        if (_entries.TryGetValue(userId, out var entry) && now - entry.ReadAt < _duration)
        {
            return entry.Account;
        }

        var generation = Interlocked.Read(ref _generation);
        var account = _accounts.Users.FindById(userId);
        if (Interlocked.Read(ref _generation) == generation)
        {
            _entries[userId] = new Entry(account, now);
        }

        return account;
    }

    private void Forget(int userId)
    {
        Interlocked.Increment(ref _generation);
        _entries.TryRemove(userId, out _);
    }

    public void Dispose() => _accounts.Changed -= Forget;

    private sealed record Entry(UserAccount? Account, DateTimeOffset ReadAt);
}
