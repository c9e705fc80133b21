using KnowledgeBase.Storage.Tests.Providers;
using KnowledgeBase.TestSupport.Postgres;
using KnowledgeBase.Application.Accounts;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Audit;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeBase.Storage.Tests.Accounts;

/// <summary>
/// Single sign-on: the identity provider vouches for someone; the first sign-in creates their
/// account, each sign-in applies the role their groups map to, and an admin can still disable them.
/// </summary>
public abstract class ExternalSignInTests : IDisposable
{
    private readonly TestStorage _db;
    private readonly IUserStore _users;
    private readonly IAuditStore _audit;
    private readonly AccountService _accounts;

    protected ExternalSignInTests(TestStorage db)
    {
        _db = db;
        _users = _db.Users;
        _audit = _db.Audit;
        _accounts = new AccountService(_users, _audit, new FakeTimeProvider(), new AccountOptions());
    }

    private static ExternalIdentity Jana(string subject = "42") =>
        new($"https://idp.example|{subject}", "jana", "Jana Nováková", "jana@example.com");

    [Fact]
    public void TheFirstSignIn_CreatesTheAccount_WithTheMappedRole_AndNoPassword()
    {
        var user = _accounts.SignInExternal(Jana(), UserRole.Lead);

        Assert.Equal(("jana", "Jana Nováková", "jana@example.com", UserRole.Lead), (user.UserName, user.DisplayName, user.Email, user.Role));
        Assert.Equal("https://idp.example|42", _users.FindById(user.Id)!.ExternalLogin);
        Assert.Equal(SignInStatus.Failed, _accounts.CheckPassword("jana", string.Empty).Status);
        Assert.Contains(_audit.Find(new AuditFilter(Type: AuditEventType.UserAdded)), e => e.Detail == "single sign-on, role Lead");
    }

    [Fact]
    public void TheNextSignIn_FindsTheSameAccount_AndAppliesTheRoleAndNameTheProviderGivesNow()
    {
        var first = _accounts.SignInExternal(Jana(), UserRole.Lead);

        var second = _accounts.SignInExternal(Jana() with { DisplayName = "Jana Svobodová" }, UserRole.Agent);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal((UserRole.Agent, "Jana Svobodová"), (second.Role, second.DisplayName));
        Assert.NotEqual(first.SecurityStamp, second.SecurityStamp);
        Assert.Single(_users.List());
    }

    [Fact]
    public void ALocalAccountWithTheSameName_IsNeverTakenOver()
    {
        _accounts.AddUser(new NewUser("jana", "password-1", UserRole.Admin));

        var user = _accounts.SignInExternal(Jana(), UserRole.Agent);

        Assert.Equal("jana-2", user.UserName);
        Assert.Equal(UserRole.Admin, _users.FindByName("jana")!.Role);
        Assert.Null(_users.FindByName("jana")!.ExternalLogin);
    }

    [Fact]
    public void ADisabledAccount_CannotSignInThroughTheProvider()
    {
        var user = _accounts.SignInExternal(Jana(), UserRole.Agent);
        _accounts.AddUser(new NewUser("root", "password-1", UserRole.Admin));
        _accounts.SetDisabled(user.Id, disabled: true);

        var refused = Assert.Throws<AccountException>(() => _accounts.SignInExternal(Jana(), UserRole.Agent));

        Assert.Contains("disabled", refused.Message, StringComparison.Ordinal);
        Assert.Contains(_audit.Find(new AuditFilter(Type: AuditEventType.SignInFailed)), e => e.Detail == "disabled (single sign-on)");
    }

    [Fact]
    public void TheLastActiveAdmin_KeepsTheRole_WhenTheProviderNoLongerMapsThemToAdmin()
    {
        var admin = _accounts.SignInExternal(Jana(), UserRole.Admin);

        var again = _accounts.SignInExternal(Jana(), UserRole.Agent);

        Assert.Equal(admin.Id, again.Id);
        Assert.Equal(UserRole.Admin, again.Role);
        Assert.Contains(_audit.Find(new AuditFilter(Type: AuditEventType.ActionRefused)), e => e.Detail!.Contains("last active admin", StringComparison.Ordinal));
    }

    [Fact]
    public void AProviderNameThatIsNoUserName_BecomesOne()
    {
        var user = _accounts.SignInExternal(new ExternalIdentity("https://idp.example|7", "Jana Nováková ", null, null), UserRole.Agent);

        Assert.Equal("jana.novakova", user.UserName);
    }

    public void Dispose() => _db.Dispose();
}

// The same tests on each provider: xunit runs the inherited facts once per concrete class.
public sealed class ExternalSignInOnLiteDbTests() : ExternalSignInTests(TestStorage.LiteDb());

public sealed class ExternalSignInOnPostgresTests(TemporaryPostgres postgres) : ExternalSignInTests(TestStorage.Postgres(postgres)), IClassFixture<TemporaryPostgres>;
