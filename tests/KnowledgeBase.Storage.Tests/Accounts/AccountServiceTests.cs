using KnowledgeBase.Storage.Tests.Providers;
using KnowledgeBase.TestSupport.Postgres;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Audit;
using Microsoft.Extensions.Time.Testing;
using KnowledgeBase.Application.Accounts;

namespace KnowledgeBase.Storage.Tests.Accounts;

public abstract class AccountServiceTests : IDisposable
{
    private const string Password = "correct horse";
    private readonly TestStorage _db;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly IUserStore _users;
    private readonly AccountService _accounts;

    protected AccountServiceTests(TestStorage db)
    {
        _db = db;
        _users = _db.Users;
        _accounts = new AccountService(_users, _db.Audit, _time, new AccountOptions());
    }

    [Fact]
    public void AddUser_StoresAHash_ThatChecksTheRightPasswordOnly()
    {
        var user = _accounts.AddUser(new NewUser("anna", Password, UserRole.Agent, "Anna"));

        Assert.DoesNotContain(Password, _users.FindById(user.Id)!.PasswordHash, StringComparison.Ordinal);
        Assert.Equal(SignInStatus.Succeeded, _accounts.CheckPassword("ANNA", Password).Status);
        Assert.Equal(SignInStatus.Failed, _accounts.CheckPassword("anna", "wrong password").Status);
        Assert.Equal(SignInStatus.Failed, _accounts.CheckPassword("nobody", Password).Status);
    }

    [Theory]
    [InlineData("anna", "short")]
    [InlineData("", Password)]
    [InlineData("an na", Password)]
    public void AddUser_RefusesAMissingNameOrAShortPassword(string userName, string password) =>
        Assert.Throws<AccountException>(() => _accounts.AddUser(new NewUser(userName, password, UserRole.Agent)));

    [Fact]
    public void FiveFailures_LockTheAccountForFifteenMinutes_EvenForTheRightPassword()
    {
        _accounts.AddUser(new NewUser("anna", Password, UserRole.Agent));

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(SignInStatus.Failed, _accounts.CheckPassword("anna", "wrong").Status);
        }

        var fifth = _accounts.CheckPassword("anna", "wrong");
        Assert.Equal(SignInStatus.LockedOut, fifth.Status);
        Assert.Equal(_time.GetUtcNow().AddMinutes(15), fifth.LockedUntil);

        _time.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(SignInStatus.LockedOut, _accounts.CheckPassword("anna", Password).Status);

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(SignInStatus.Succeeded, _accounts.CheckPassword("anna", Password).Status);
        Assert.Equal(0, _users.FindByName("anna")!.FailedSignIns);
    }

    [Fact]
    public void ASuccess_ResetsTheFailureCount()
    {
        _accounts.AddUser(new NewUser("anna", Password, UserRole.Agent));
        for (var i = 0; i < 4; i++)
        {
            _accounts.CheckPassword("anna", "wrong");
        }

        _accounts.CheckPassword("anna", Password);

        Assert.Equal(SignInStatus.Failed, _accounts.CheckPassword("anna", "wrong").Status);
    }

    [Fact]
    public void ADisabledAccount_CannotSignIn()
    {
        var anna = _accounts.AddUser(new NewUser("anna", Password, UserRole.Agent));
        _accounts.AddUser(new NewUser("root", Password, UserRole.Admin));

        _accounts.SetDisabled(anna.Id, disabled: true);

        Assert.Equal(SignInStatus.Failed, _accounts.CheckPassword("anna", Password).Status);
        _accounts.SetDisabled(anna.Id, disabled: false);
        Assert.Equal(SignInStatus.Succeeded, _accounts.CheckPassword("anna", Password).Status);
    }

    [Fact]
    public void CreateFirstAdmin_WorksOnlyWhileNoAccountExists()
    {
        var first = _accounts.CreateFirstAdmin("root", Password, "Root");

        Assert.Equal(UserRole.Admin, first?.Role);
        Assert.Null(_accounts.CreateFirstAdmin("other", Password));
        Assert.Equal(1, _users.Count());
    }

    [Fact]
    public void TheLastActiveAdmin_CannotBeDisabledOrDemoted()
    {
        var root = _accounts.AddUser(new NewUser("root", Password, UserRole.Admin));
        var other = _accounts.AddUser(new NewUser("other", Password, UserRole.Admin));
        _accounts.SetDisabled(other.Id, disabled: true);

        Assert.Throws<AccountException>(() => _accounts.SetDisabled(root.Id, disabled: true));
        Assert.Throws<AccountException>(() => _accounts.ChangeRole(root.Id, UserRole.Lead));

        _accounts.SetDisabled(other.Id, disabled: false);
        Assert.Equal(UserRole.Lead, _accounts.ChangeRole(root.Id, UserRole.Lead).Role);
        Assert.Throws<AccountException>(() => _accounts.SetDisabled(other.Id, disabled: true));
    }

    [Fact]
    public void UpdateProfile_StoresBlankValuesAsNone()
    {
        var anna = _accounts.AddUser(new NewUser("anna", Password, UserRole.Agent, "Anna"));

        _accounts.UpdateProfile(anna.Id, new UserProfile("  ", "anna@example.com", "Anna\r\nSupport", ["de", " ", "DE", "en"]));

        var stored = _users.FindById(anna.Id)!;
        Assert.Null(stored.DisplayName);
        Assert.Equal("anna", stored.Name);
        Assert.Equal("Anna\nSupport", stored.Signature);
        Assert.Equal(["de", "en"], stored.PreferredLanguages);
    }

    public void Dispose() => _db.Dispose();
}

// The same tests on each provider: xunit runs the inherited facts once per concrete class.
public sealed class AccountServiceOnLiteDbTests() : AccountServiceTests(TestStorage.LiteDb());

public sealed class AccountServiceOnPostgresTests(TemporaryPostgres postgres) : AccountServiceTests(TestStorage.Postgres(postgres)), IClassFixture<TemporaryPostgres>;
