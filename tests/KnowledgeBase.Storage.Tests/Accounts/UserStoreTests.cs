using KnowledgeBase.Storage.Tests.Providers;
using KnowledgeBase.TestSupport.Postgres;
using KnowledgeBase.Storage.Accounts;

namespace KnowledgeBase.Storage.Tests.Accounts;

public abstract class UserStoreTests(TestStorage db) : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);
    private readonly TestStorage _db = db;

    [Fact]
    public void Create_AssignsIds_AndEveryFieldSurvivesReopening()
    {
        var store = _db.Users;

        var anna = store.Create(new UserAccount
        {
            UserName = " anna ",
            DisplayName = "Anna Berg",
            Email = "anna@example.com",
            Signature = "Anna\nSupport",
            PreferredLanguages = ["de", "en"],
            Role = UserRole.Lead,
            PasswordHash = "hash",
            FailedSignIns = 2,
            LockedUntil = Now.AddMinutes(15),
            CreatedAt = Now,
        });
        var ben = store.Create(new UserAccount { UserName = "ben", CreatedAt = Now });

        Assert.NotEqual(0, anna.Id);
        Assert.NotEqual(anna.Id, ben.Id);
        var stored = _db.Reopen().Users.FindById(anna.Id);
        Assert.NotNull(stored);
        Assert.Equal("anna", stored.UserName);
        Assert.Equal("Anna Berg", stored.DisplayName);
        Assert.Equal("anna@example.com", stored.Email);
        Assert.Equal("Anna\nSupport", stored.Signature);
        Assert.Equal(["de", "en"], stored.PreferredLanguages);
        Assert.Equal(UserRole.Lead, stored.Role);
        Assert.Equal("hash", stored.PasswordHash);
        Assert.Equal(2, stored.FailedSignIns);
        Assert.Equal(Now.AddMinutes(15), stored.LockedUntil);
        Assert.Equal(Now, stored.CreatedAt);
        Assert.False(stored.IsDisabled);
    }

    [Fact]
    public void Create_RefusesAUserNameThatDiffersOnlyInCase()
    {
        var store = _db.Users;
        store.Create(new UserAccount { UserName = "Anna" });

        var error = Assert.Throws<DuplicateUserNameException>(() => store.Create(new UserAccount { UserName = "aNNA" }));

        Assert.Equal("aNNA", error.UserName);
        Assert.Equal(1, store.Count());
    }

    [Fact]
    public void FindByName_IgnoresCaseAndSurroundingSpace()
    {
        var store = _db.Users;
        var created = store.Create(new UserAccount { UserName = "Anna" });

        Assert.Equal(created.Id, store.FindByName(" ANNA")?.Id);
        Assert.Null(store.FindByName("ann"));
    }

    [Fact]
    public void Update_ReplacesTheStoredAccount_AndListIsSortedByName()
    {
        var store = _db.Users;
        Assert.False(store.Any());
        var zed = store.Create(new UserAccount { UserName = "zed" });
        store.Create(new UserAccount { UserName = "Anna" });

        Assert.True(store.Update(zed with { Role = UserRole.Admin, IsDisabled = true, PreferredLanguages = ["ru"] }));

        Assert.Equal(["Anna", "zed"], store.List().Select(u => u.UserName));
        var updated = store.FindById(zed.Id)!;
        Assert.Equal(UserRole.Admin, updated.Role);
        Assert.True(updated.IsDisabled);
        Assert.Equal(["ru"], updated.PreferredLanguages);
        Assert.True(store.Any());
        Assert.Equal(2, store.Count());
        Assert.False(store.Update(new UserAccount { Id = 999, UserName = "ghost" }));
    }

    public void Dispose() => _db.Dispose();
}

// The same tests on each provider: xunit runs the inherited facts once per concrete class.
public sealed class UserStoreOnLiteDbTests() : UserStoreTests(TestStorage.LiteDb());

public sealed class UserStoreOnPostgresTests(TemporaryPostgres postgres) : UserStoreTests(TestStorage.Postgres(postgres)), IClassFixture<TemporaryPostgres>;
