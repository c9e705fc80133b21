using System.Diagnostics;
using KnowledgeBase.Storage.Audit;
using KnowledgeBase.Storage.Accounts;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeBase.Storage.Tests.Accounts;

/// <summary>
/// How long a failed sign-in takes must not tell whether the name exists or is locked. Timings are
/// compared with each other (medians of interleaved rounds), never with a fixed time, so a loaded
/// machine slows every kind alike.
/// </summary>
public sealed class SignInTimingTests : IDisposable
{
    private const int Rounds = 15;
    private readonly TempDatabase _db = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly UserStore _users;
    private readonly AccountService _accounts;

    public SignInTimingTests()
    {
        _users = new UserStore(_db.Database);

        // Failures never lock "anna" here, so every round measures a wrong password on a known name.
        _accounts = new AccountService(_users, new AuditStore(_db.Database), _time, new AccountOptions { MaxFailedSignIns = 1_000 });
    }

    [Fact]
    public void AnUnknownName_AndALockedAccount_TakeAsLongAsAWrongPasswordForAKnownName()
    {
        _accounts.AddUser(new NewUser("anna", "correct horse", UserRole.Agent));
        var locked = _accounts.AddUser(new NewUser("lara", "correct horse", UserRole.Agent));
        _users.Update(_users.FindById(locked.Id)! with { LockedUntil = _time.GetUtcNow().AddHours(1) });
        (string Name, string Password)[] kinds = [("anna", "wrong password"), ("nobody-here", "wrong password"), ("lara", "correct horse")];
        foreach (var (name, password) in kinds)
        {
            _accounts.CheckPassword(name, password); // warm-up: JIT, first hashes
        }

        var times = kinds.ToDictionary(k => k.Name, _ => new List<double>());
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var (name, password) in kinds)
            {
                var watch = Stopwatch.StartNew();
                _accounts.CheckPassword(name, password);
                times[name].Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        var known = Median(times["anna"]);
        var unknownRatio = Median(times["nobody-here"]) / known;
        var lockedRatio = Median(times["lara"]) / known;
        Assert.True(unknownRatio is > 0.5 and < 2, $"unknown name / known name = {unknownRatio:F2} (known median {known:F1} ms)");
        Assert.True(lockedRatio is > 0.5 and < 2, $"locked account / known name = {lockedRatio:F2} (known median {known:F1} ms)");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    public void Dispose() => _db.Dispose();
}
