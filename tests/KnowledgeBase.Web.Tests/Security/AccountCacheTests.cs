using KnowledgeBase.Storage;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Audit;
using KnowledgeBase.Web.Security;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using KnowledgeBase.Application.Accounts;

namespace KnowledgeBase.Web.Tests.Security;

/// <summary>
/// The cookie check and open tabs read accounts through a short cache: cheap, yet a sign-out or any
/// other change made in the app is seen at once, and a session from before it is not current.
/// </summary>
public sealed class AccountCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kb-account-cache-").FullName;
    private readonly KnowledgeBaseDatabase _database;
    private readonly FakeTimeProvider _time = new();
    private readonly UserStore _users;
    private readonly AccountService _accounts;
    private readonly AccountCache _cache;
    private readonly UserAccount _anna;

    public AccountCacheTests()
    {
        _database = KnowledgeBaseDatabase.Open(Path.Combine(_folder, "knowledgebase.db"));
        _users = new UserStore(_database);
        _accounts = new AccountService(_users, new AuditStore(_database), _time, new AccountOptions());
        _cache = new AccountCache(_accounts, _time, Options.Create(new SessionOptions()));
        _accounts.AddUser(new NewUser("root", "password-1", UserRole.Admin));
        _anna = _accounts.AddUser(new NewUser("anna", "password-1", UserRole.Lead));
    }

    [Fact]
    public void ASessionFromBeforeASignOut_IsNotCurrent_AtOnce()
    {
        var session = AccountClaims.CreatePrincipal(_anna);
        Assert.True(AccountClaims.IsCurrent(session, _cache.Find(_anna.Id)));

        _accounts.SignOut(_anna.Id);

        Assert.False(AccountClaims.IsCurrent(session, _cache.Find(_anna.Id)));
        Assert.True(AccountClaims.IsCurrent(AccountClaims.CreatePrincipal(_users.FindById(_anna.Id)!), _cache.Find(_anna.Id)));
    }

    [Fact]
    public void ChangesOutsideTheAccountService_AreSeen_OnceTheCacheDurationPassed()
    {
        Assert.False(_cache.Find(_anna.Id)!.IsDisabled);

        // Nothing in the app writes accounts around AccountService; the duration bounds it if something did.
        _users.Update(_users.FindById(_anna.Id)! with { IsDisabled = true });
        Assert.False(_cache.Find(_anna.Id)!.IsDisabled);
        _time.Advance(new SessionOptions().AccountCacheDuration);

        Assert.True(_cache.Find(_anna.Id)!.IsDisabled);
    }

    [Fact]
    public void ACookieWithoutAStamp_FromBeforeStampsExisted_IsNotCurrent()
    {
        var old = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            AccountClaims.CreatePrincipal(_anna).Claims.Where(c => c.Type != AccountClaims.SecurityStamp), "Cookies"));

        Assert.False(AccountClaims.IsCurrent(old, _cache.Find(_anna.Id)));
    }

    public void Dispose()
    {
        _cache.Dispose();
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
