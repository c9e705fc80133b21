using KnowledgeBase.Storage.Audit;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Insights;
using KnowledgeBase.Storage.Revisions;
using KnowledgeBase.TestSupport.FileSystems;
using Microsoft.Extensions.Time.Testing;
using KnowledgeBase.Application.Accounts;

namespace KnowledgeBase.Storage.Tests.Faults;

/// <summary>
/// The data disk fills while the app runs (a real 2 MiB tmpfs), then space is freed: the same
/// database object and the same stores work again, with no restart and nothing reopened by hand.
/// What a call reported as saved stays saved: the disk fills right after the first account is added.
/// </summary>
public sealed class DiskFullRecoveryTests : IDisposable
{
    private const string Password = "password-1";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly Tmpfs? _disk;
    private readonly KnowledgeBaseDatabase? _database;

    public DiskFullRecoveryTests()
    {
        if (Tmpfs.Unavailable is null)
        {
            _disk = Tmpfs.Mount(2 * 1024 * 1024);
            _database = KnowledgeBaseDatabase.Open(Path.Combine(_disk.Root, "data", "knowledgebase.db"));
        }
    }

    private Tmpfs Disk => _disk!;

    private KnowledgeBaseDatabase Database => _database!;

    [TmpfsFact]
    public void AfterTheDiskFilled_AndSpaceIsFreed_SignInReadsAndWritesWorkAgain_WithoutARestart()
    {
        var accounts = new AccountService(new UserStore(Database), new AuditStore(Database), _time, new AccountOptions());
        var revisions = new RevisionStore(Database);
        accounts.AddUser(new NewUser("ada", Password, UserRole.Admin));

        var filler = Disk.Fill();
        Assert.ThrowsAny<IOException>(() => WriteUntilItFails(revisions));
        File.Delete(filler);

        Assert.Equal(SignInStatus.Succeeded, accounts.CheckPassword("ada", Password).Status);
        accounts.AddUser(new NewUser("bea", Password, UserRole.Agent));
        Assert.Equal(["ada", "bea"], accounts.Users.List().Select(u => u.UserName));
        Assert.Equal(SignInStatus.Succeeded, accounts.CheckPassword("bea", Password).Status);
    }

    [TmpfsFact]
    public void WhileTheDiskIsFull_ReadsStillWork_AndEveryStoreRecoversOnceThereIsSpace()
    {
        var users = new UserStore(Database);
        var insights = new InsightStore(Database);
        var revisions = new RevisionStore(Database);
        var accounts = new AccountService(users, new AuditStore(Database), _time, new AccountOptions());
        accounts.AddUser(new NewUser("ada", Password, UserRole.Admin));

        var filler = Disk.Fill();
        Assert.ThrowsAny<IOException>(() => WriteUntilItFails(revisions));

        Assert.NotNull(users.FindByName("ada"));
        File.Delete(filler);

        insights.RecordSearch(new SearchEvent(Guid.NewGuid(), _time.GetUtcNow(), "1", "refund", "en", 3));
        Assert.Single(insights.Searches(InsightPeriod.LastDays(_time.GetUtcNow(), 1)));
        var stored = revisions.Add(Revision("after the disk was freed"));
        Assert.Equal("after the disk was freed", revisions.Get(stored.Id)?.Text);
    }

    // A revision carries the whole document, so a few of them fill the rest of the disk quickly.
    private void WriteUntilItFails(RevisionStore revisions)
    {
        var text = new string('x', 64 * 1024);
        for (var i = 0; i < 1000; i++)
        {
            revisions.Add(Revision(text));
        }
    }

    private Revision Revision(string text) =>
        new(0, "articles/en/big", "articles/en/big.md", RevisionAction.Saved, "1", "Ada", _time.GetUtcNow(), text, "");

    public void Dispose()
    {
        _database?.Dispose();
        _disk?.Dispose();
    }
}
