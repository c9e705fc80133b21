using KnowledgeBase.Storage.Tests.Providers;
using KnowledgeBase.TestSupport.Postgres;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Audit;
using Microsoft.Extensions.Time.Testing;
using KnowledgeBase.Application.Accounts;

namespace KnowledgeBase.Storage.Tests.Accounts;

/// <summary>
/// A lockout stops guessing from browsers an account was never used in, but not its owner's own
/// browser (one the web app marked with a trusted-device cookie after a successful sign-in).
/// </summary>
public abstract class TrustedDeviceTests : IDisposable
{
    private const string Password = "correct horse";
    private readonly TestStorage _db;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly IUserStore _users;
    private readonly AccountService _accounts;
    private readonly UserAccount _anna;

    protected TrustedDeviceTests(TestStorage db)
    {
        _db = db;
        _users = _db.Users;
        _accounts = new AccountService(_users, _db.Audit, _time, new AccountOptions());
        _anna = _accounts.AddUser(new NewUser("anna", Password, UserRole.Agent));
    }

    private void LockBySomeoneElse()
    {
        for (var i = 0; i < _accounts.Options.MaxFailedSignIns; i++)
        {
            _accounts.CheckPassword("anna", "guess " + i, new SignInAttempt("203.0.113.9"));
        }
    }

    [Fact]
    public void ALockedAccount_StillSignsIn_FromTheOwnersTrustedBrowser_ButNotFromOthers()
    {
        LockBySomeoneElse();

        Assert.Equal(SignInStatus.LockedOut, _accounts.CheckPassword("anna", Password, new SignInAttempt("198.51.100.1")).Status);
        Assert.Equal(SignInStatus.LockedOut, _accounts.CheckPassword("anna", Password, new SignInAttempt("198.51.100.1", TrustedDeviceUserId: _anna.Id + 1)).Status);
        Assert.Equal(SignInStatus.Succeeded, _accounts.CheckPassword("anna", Password, new SignInAttempt("198.51.100.1", _anna.Id)).Status);

        // The owner's sign-in does not lift the lock the guesses caused.
        Assert.NotNull(_users.FindById(_anna.Id)!.LockedUntil);
    }

    [Fact]
    public void WrongPasswords_FromATrustedBrowser_AreNotCountedOnTheAccount()
    {
        for (var i = 0; i < _accounts.Options.MaxFailedSignIns + 1; i++)
        {
            var outcome = _accounts.CheckPassword("anna", "typo " + i, new SignInAttempt(null, _anna.Id));
            Assert.Equal((SignInStatus.Failed, true), (outcome.Status, outcome.OnTrustedDevice));
        }

        Assert.Equal((0, (DateTimeOffset?)null), (_users.FindById(_anna.Id)!.FailedSignIns, _users.FindById(_anna.Id)!.LockedUntil));
    }

    public void Dispose() => _db.Dispose();
}

// The same tests on each provider: xunit runs the inherited facts once per concrete class.
public sealed class TrustedDeviceOnLiteDbTests() : TrustedDeviceTests(TestStorage.LiteDb());

public sealed class TrustedDeviceOnPostgresTests(TemporaryPostgres postgres) : TrustedDeviceTests(TestStorage.Postgres(postgres)), IClassFixture<TemporaryPostgres>;
