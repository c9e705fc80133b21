using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Audit;
using Microsoft.Extensions.Time.Testing;
using KnowledgeBase.Application.Accounts;

namespace KnowledgeBase.Storage.Tests.Accounts;

/// <summary>
/// A password someone else set (an admin's reset, <c>kb users reset-password</c>) is known to two
/// people: its owner must replace it at the next sign-in. Their own change lifts that.
/// </summary>
public sealed class PasswordResetTests : IDisposable
{
    private const string Password = "correct horse";
    private readonly TempDatabase _db = new();
    private readonly UserStore _users;
    private readonly AccountService _accounts;
    private readonly UserAccount _root;
    private readonly UserAccount _anna;

    public PasswordResetTests()
    {
        _users = new UserStore(_db.Database);
        _accounts = new AccountService(_users, new AuditStore(_db.Database), new FakeTimeProvider(), new AccountOptions());
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
