using KnowledgeBase.Storage.Tests.Providers;
using KnowledgeBase.TestSupport.Postgres;
using System.Diagnostics;
using Xunit.Abstractions;
using KnowledgeBase.Storage.Audit;
using KnowledgeBase.Storage.Accounts;
using Microsoft.Extensions.Time.Testing;
using KnowledgeBase.Application.Accounts;

namespace KnowledgeBase.Storage.Tests.Accounts;

/// <summary>
/// How long a failed sign-in takes must not tell whether the name exists or is locked. Timings are
/// compared with each other (the median ratio over interleaved rounds), never with a fixed time, so
/// a loaded machine slows every kind alike.
/// </summary>
public abstract class SignInTimingTests : IDisposable
{
    private const int Rounds = 21;
    private readonly TestStorage _db;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly IUserStore _users;
    private readonly AccountService _accounts;

    private readonly ITestOutputHelper _output;

    protected SignInTimingTests(TestStorage db, ITestOutputHelper output)
    {
        _db = db;
        _output = output;
        _users = _db.Users;

        // Failures never lock "anna" here, so every round measures a wrong password on a known name.
        _accounts = new AccountService(_users, _db.Audit, _time, new AccountOptions { MaxFailedSignIns = 1_000 });
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

        // Each round times the three kinds back to back, so a burst of load on a shared machine slows
        // all three of that round alike; the median of the rounds' ratios ignores the odd round.
        var unknownRatios = new List<double>();
        var lockedRatios = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            var times = kinds.Select(k => Time(() => _accounts.CheckPassword(k.Name, k.Password))).ToArray();
            unknownRatios.Add(times[1] / times[0]);
            lockedRatios.Add(times[2] / times[0]);
        }

        // Before the fix an unknown name took a twentieth of the time (no hash was checked).
        var unknownRatio = Median(unknownRatios);
        var lockedRatio = Median(lockedRatios);
        _output.WriteLine($"unknown/known {unknownRatio:F2}, locked/known {lockedRatio:F2} (median of {Rounds} rounds)");
        Assert.True(unknownRatio is > 1 / 3.0 and < 3, $"unknown name / known name = {unknownRatio:F2}");
        Assert.True(lockedRatio is > 1 / 3.0 and < 3, $"locked account / known name = {lockedRatio:F2}");
    }

    private static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    public void Dispose() => _db.Dispose();
}

// The same tests on each provider: xunit runs the inherited facts once per concrete class.
public sealed class SignInTimingOnLiteDbTests(ITestOutputHelper output) : SignInTimingTests(TestStorage.LiteDb(), output);

public sealed class SignInTimingOnPostgresTests(TemporaryPostgres postgres, ITestOutputHelper output)
    : SignInTimingTests(TestStorage.Postgres(postgres), output), IClassFixture<TemporaryPostgres>;
