using KnowledgeBase.Storage.Audit;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Insights;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using KnowledgeBase.Application.Accounts;

namespace KnowledgeBase.Storage.Tests.Faults;

/// <summary>
/// The same recovery as <see cref="DiskFullRecoveryTests"/>, with the failures injected under LiteDB
/// (its files refuse writes like a full disk), so it runs where a tmpfs cannot be mounted.
/// </summary>
public sealed class InjectedFaultRecoveryTests : IDisposable
{
    private const string Password = "password-1";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kb-tests", "faults-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly FailingFiles _files = new();
    private readonly ListLogger _log = new();
    private readonly KnowledgeBaseDatabase _database;
    private readonly AccountService _accounts;
    private readonly InsightStore _insights;

    public InjectedFaultRecoveryTests()
    {
        _database = KnowledgeBaseDatabase.Open(Path.Combine(_folder, "knowledgebase.db"), _files.Open, _log);
        _accounts = new AccountService(new UserStore(_database), new AuditStore(_database), _time, new AccountOptions());
        _insights = new InsightStore(_database);
        _accounts.AddUser(new NewUser("ada", Password, UserRole.Admin));
    }

    [Fact]
    public void AFailedWrite_IsReportedAndLogged_AndOnceTheDiskHasSpace_TheSameStoresWorkAgain()
    {
        _files.DiskFull = true;

        var error = Assert.Throws<DatabaseIOException>(() => _accounts.AddUser(new NewUser("bea", Password, UserRole.Agent)));
        _files.DiskFull = false;

        Assert.Contains("No space left on device", error.Message, StringComparison.Ordinal);
        Assert.Contains(_log.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("No space left on device", StringComparison.Ordinal));
        Assert.Equal(SignInStatus.Succeeded, _accounts.CheckPassword("ada", Password).Status);
        _accounts.AddUser(new NewUser("bea", Password, UserRole.Agent));
        Assert.Equal(["ada", "bea"], _accounts.Users.List().Select(u => u.UserName));
        Assert.Contains(_log.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("Reopened", StringComparison.Ordinal));
    }

    [Fact]
    public void WhileWritesFail_ReadsKeepWorking()
    {
        _files.DiskFull = true;
        Assert.ThrowsAny<DatabaseIOException>(() => _insights.RecordSearch(new SearchEvent(Guid.NewGuid(), _time.GetUtcNow(), "1", "refund", "en", 2)));

        Assert.Equal("ada", _accounts.Users.FindByName("ada")?.UserName);
        Assert.Empty(_insights.Searches(InsightPeriod.LastDays(_time.GetUtcNow(), 1)));
    }

    [Fact]
    public void EveryWriteDuringTheFault_Fails_AndNoneIsLeftHalfDone()
    {
        _files.DiskFull = true;
        for (var i = 0; i < 5; i++)
        {
            Assert.ThrowsAny<DatabaseIOException>(() => _insights.RecordSearch(new SearchEvent(Guid.NewGuid(), _time.GetUtcNow(), "1", $"query {i}", "en", 2)));
        }

        _files.DiskFull = false;
        _insights.RecordSearch(new SearchEvent(Guid.NewGuid(), _time.GetUtcNow(), "1", "after", "en", 2));

        Assert.Equal(["after"], _insights.Searches(InsightPeriod.LastDays(_time.GetUtcNow(), 1)).Select(s => s.Query));
        Assert.True(_files.Refused >= 5);
    }

    [Fact]
    public void AfterRecovering_WhatWasWrittenIsStillThere_WhenTheFileIsOpenedAgain()
    {
        _files.DiskFull = true;
        Assert.ThrowsAny<DatabaseIOException>(() => _accounts.AddUser(new NewUser("bea", Password, UserRole.Agent)));
        _files.DiskFull = false;
        _accounts.AddUser(new NewUser("cyd", Password, UserRole.Agent));

        _database.Dispose();
        using var reopened = KnowledgeBaseDatabase.Open(Path.Combine(_folder, "knowledgebase.db"));

        Assert.Equal(["ada", "cyd"], new UserStore(reopened).List().Select(u => u.UserName));
    }

    public void Dispose()
    {
        _database.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
