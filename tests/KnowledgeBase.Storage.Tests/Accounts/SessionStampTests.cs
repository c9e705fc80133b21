using KnowledgeBase.Storage.Tests.Providers;
using KnowledgeBase.TestSupport.Postgres;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Audit;
using Microsoft.Extensions.Time.Testing;
using KnowledgeBase.Application.Accounts;

namespace KnowledgeBase.Storage.Tests.Accounts;

/// <summary>
/// The security stamp changes exactly when existing sessions must end, and whoever caches accounts
/// hears about every change.
/// </summary>
public abstract class SessionStampTests : IDisposable
{
    private const string Password = "correct horse";
    private readonly TestStorage _db;
    private readonly IUserStore _users;
    private readonly AccountService _accounts;
    private readonly List<int> _changed = [];
    private readonly UserAccount _anna;

    protected SessionStampTests(TestStorage db)
    {
        _db = db;
        _users = _db.Users;
        _accounts = new AccountService(_users, _db.Audit, new FakeTimeProvider(), new AccountOptions());
        _accounts.AddUser(new NewUser("root", Password, UserRole.Admin));
        _anna = _accounts.AddUser(new NewUser("anna", Password, UserRole.Lead));
        _accounts.Changed += _changed.Add;
    }

    private string Stamp() => _users.FindById(_anna.Id)!.SecurityStamp;

    [Fact]
    public void ANewAccount_HasAStamp_ThatIsStored()
    {
        Assert.Equal(32, Stamp().Length);
        Assert.NotEqual(_users.FindByName("root")!.SecurityStamp, Stamp());
    }

    [Fact]
    public void SignOut_APassword_ARoleChange_AndDisabling_EachRenewTheStamp()
    {
        var stamps = new List<string> { Stamp() };

        _accounts.SignOut(_anna.Id);
        stamps.Add(Stamp());
        _accounts.SetPassword(_anna.Id, "another password");
        stamps.Add(Stamp());
        _accounts.ChangePassword(_anna.Id, "another password", "a third password");
        stamps.Add(Stamp());
        _accounts.ChangeRole(_anna.Id, UserRole.Agent);
        stamps.Add(Stamp());
        _accounts.SetDisabled(_anna.Id, disabled: true);
        stamps.Add(Stamp());

        Assert.Equal(stamps.Count, stamps.Distinct().Count());
        Assert.Equal([_anna.Id, _anna.Id, _anna.Id, _anna.Id, _anna.Id], _changed);
    }

    [Fact]
    public void ProfileEdits_AndChangesThatChangeNothing_KeepTheStamp()
    {
        var before = Stamp();

        _accounts.UpdateProfile(_anna.Id, new UserProfile("Anna", null, null, []));
        _accounts.ChangeRole(_anna.Id, UserRole.Lead);
        _accounts.SetDisabled(_anna.Id, disabled: false);
        _accounts.CheckPassword("anna", "wrong");
        _accounts.CheckPassword("anna", Password);

        Assert.Equal(before, Stamp());
    }

    [Fact]
    public void ChangePassword_NeedsTheCurrentPassword()
    {
        var before = Stamp();

        var refused = Assert.Throws<AccountException>(() => _accounts.ChangePassword(_anna.Id, "not it", "a new password"));

        Assert.Contains("current password", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, Stamp());
        Assert.Equal(SignInStatus.Succeeded, _accounts.CheckPassword("anna", Password).Status);
    }

    [Fact]
    public void AccountsStoredBeforeStamps_ReadAsAnEmptyStamp_UntilTheNextChange()
    {
        var legacy = _users.Create(new UserAccount { UserName = "legacy" } with { SecurityStamp = null! });

        Assert.Equal(string.Empty, _users.FindById(legacy.Id)!.SecurityStamp);
        _accounts.SignOut(legacy.Id);
        Assert.NotEqual(string.Empty, _users.FindById(legacy.Id)!.SecurityStamp);
    }

    public void Dispose() => _db.Dispose();
}

// The same tests on each provider: xunit runs the inherited facts once per concrete class.
public sealed class SessionStampOnLiteDbTests() : SessionStampTests(TestStorage.LiteDb());

public sealed class SessionStampOnPostgresTests(TemporaryPostgres postgres) : SessionStampTests(TestStorage.Postgres(postgres)), IClassFixture<TemporaryPostgres>;
