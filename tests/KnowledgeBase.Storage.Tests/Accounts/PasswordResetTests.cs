using KnowledgeBase.Storage.Tests.Providers;
using KnowledgeBase.TestSupport.Postgres;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Audit;
using Microsoft.Extensions.Time.Testing;
using KnowledgeBase.Application.Accounts;

namespace KnowledgeBase.Storage.Tests.Accounts;

/// <summary>
/// A password someone else set (an admin's reset, <c>kb users reset-password</c>) is known to two
/// people: its owner must replace it at the next sign-in. Their own change lifts that.
/// </summary>
public abstract class PasswordResetTests : IDisposable
{
    private const string Password = "correct horse";
    private readonly TestStorage _db;
    private readonly IUserStore _users;
    private readonly AccountService _accounts;
    private readonly UserAccount _root;
    private readonly UserAccount _anna;

    protected PasswordResetTests(TestStorage db)
    {
        _db = db;
        _users = _db.Users;
        _accounts = new AccountService(_users, _db.Audit, new FakeTimeProvider(), new AccountOptions());
        _root = _accounts.AddUser(new NewUser("root", Password, UserRole.Admin));
        _anna = _accounts.AddUser(new NewUser("anna", Password, UserRole.Agent));
    }

    [Fact]
    public void APasswordSetByAnAdmin_MustBeChanged_AndThatIsStored()
    {
        _accounts.SetPassword(_anna.Id, "temporary-1", AuditActor.For(_root));

        Assert.True(_users.FindById(_anna.Id)!.MustChangePassword);
        Assert.Equal(SignInStatus.Succeeded, _accounts.CheckPassword("anna", "temporary-1").Status);
    }

    [Fact]
    public void APasswordSetFromTheServersShell_MustBeChanged()
    {
        _accounts.SetPassword(_anna.Id, "temporary-1");

        Assert.True(_users.FindById(_anna.Id)!.MustChangePassword);
    }

    [Fact]
    public void TheOwnersChange_LiftsTheRequirement()
    {
        _accounts.SetPassword(_anna.Id, "temporary-1", AuditActor.For(_root));

        _accounts.ChangePassword(_anna.Id, "temporary-1", "her own password");

        Assert.False(_users.FindById(_anna.Id)!.MustChangePassword);
    }

    [Fact]
    public void TheTemporaryPassword_CannotBeKeptByChangingItToItself()
    {
        _accounts.SetPassword(_anna.Id, "temporary-1", AuditActor.For(_root));

        var refused = Assert.Throws<AccountException>(() => _accounts.ChangePassword(_anna.Id, "temporary-1", "temporary-1"));

        Assert.Contains("differ", refused.Message, StringComparison.Ordinal);
        Assert.True(_users.FindById(_anna.Id)!.MustChangePassword);
    }

    [Fact]
    public void AnAdminSettingTheirOwnPassword_NeedNotChangeItAgain()
    {
        _accounts.SetPassword(_root.Id, "root password 2", AuditActor.For(_root));

        Assert.False(_users.FindById(_root.Id)!.MustChangePassword);
    }

    [Fact]
    public void NewAccounts_AndAccountsStoredBeforeTheFlag_NeedNoChange()
    {
        Assert.False(_users.FindById(_anna.Id)!.MustChangePassword);
    }

    public void Dispose() => _db.Dispose();
}

// The same tests on each provider: xunit runs the inherited facts once per concrete class.
public sealed class PasswordResetOnLiteDbTests() : PasswordResetTests(TestStorage.LiteDb());

public sealed class PasswordResetOnPostgresTests(TemporaryPostgres postgres) : PasswordResetTests(TestStorage.Postgres(postgres)), IClassFixture<TemporaryPostgres>;
