using KnowledgeBase.Storage.Tests.Providers;
using KnowledgeBase.TestSupport.Postgres;
using KnowledgeBase.Application.Accounts;
using KnowledgeBase.Application.Tokens;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Audit;
using KnowledgeBase.Storage.Tokens;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeBase.Storage.Tests.Tokens;

public abstract class AccessTokenServiceTests : IDisposable
{
    private readonly TestStorage _db;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly AccountService _accounts;
    private readonly IAuditStore _audit;
    private readonly IAccessTokenStore _store;
    private readonly AccessTokenService _tokens;
    private readonly UserAccount _anna;

    protected AccessTokenServiceTests(TestStorage db)
    {
        _db = db;
        var users = _db.Users;
        _audit = _db.Audit;
        _accounts = new AccountService(users, _audit, _time, new AccountOptions());
        _store = _db.Tokens;
        _tokens = new AccessTokenService(_store, users, _audit, _time);
        _anna = _accounts.AddUser(new NewUser("anna", "password-1", UserRole.Agent));
    }

    [Fact]
    public void Create_GivesAKbToken_StoresOnlyItsHash_AndAuthenticatesAsTheUser()
    {
        var created = _tokens.Create(_anna.Id, "Zendesk sidebar", expiresInDays: null, AuditActor.For(_anna));

        Assert.Matches("^kb_[A-Za-z0-9_-]{43}$", created.Secret);
        var stored = Assert.Single(_store.List(_anna.Id));
        Assert.Equal(AccessTokenSecret.Hash(created.Secret), stored.SecretHash);
        Assert.Equal(created.Secret[..8], stored.Prefix);
        Assert.Null(stored.ExpiresAt);
        var check = _tokens.Authenticate(created.Secret);
        Assert.True(check.Succeeded);
        Assert.Equal(_anna.Id, check.User!.Id);
    }

    [Fact]
    public void Authenticate_UsesTheAccountAsStoredNow_SoARoleChangeAppliesAtOnce()
    {
        var secret = _tokens.Create(_anna.Id, "script", null, AuditActor.System).Secret;

        _accounts.ChangeRole(_anna.Id, UserRole.Lead);

        Assert.Equal(UserRole.Lead, _tokens.Authenticate(secret).User!.Role);
    }

    [Fact]
    public void Authenticate_Fails_ForADisabledAccount_AnExpiredOrRevokedToken_AndAnUnknownOrMalformedOne()
    {
        var disabled = _tokens.Create(_anna.Id, "a", null, AuditActor.System).Secret;
        var ben = _accounts.AddUser(new NewUser("ben", "password-1", UserRole.Agent));
        var expiring = _tokens.Create(ben.Id, "b", expiresInDays: 1, AuditActor.System).Secret;
        var revoked = _tokens.Create(ben.Id, "c", null, AuditActor.System);
        _tokens.Revoke(revoked.Token.Id, AuditActor.System);
        _accounts.AddUser(new NewUser("admin", "password-1", UserRole.Admin));
        _accounts.SetDisabled(_anna.Id, disabled: true);
        _time.Advance(TimeSpan.FromDays(1));

        Assert.Equal("The account of this access token is disabled.", _tokens.Authenticate(disabled).Failure);
        Assert.Equal("The access token has expired.", _tokens.Authenticate(expiring).Failure);
        Assert.Equal("The access token has been revoked.", _tokens.Authenticate(revoked.Secret).Failure);
        Assert.Equal("The access token is not valid (unknown token).", _tokens.Authenticate(AccessTokenSecret.New()).Failure);
        Assert.StartsWith("The access token is not valid:", _tokens.Authenticate("kb_short").Failure, StringComparison.Ordinal);
        Assert.False(_tokens.Authenticate(null).Succeeded);
    }

    [Fact]
    public void Authenticate_RecordsLastUse_AtMostOnceAMinute()
    {
        var created = _tokens.Create(_anna.Id, "panel", null, AuditActor.System);
        var first = _time.GetUtcNow();

        _tokens.Authenticate(created.Secret);
        _time.Advance(TimeSpan.FromSeconds(59));
        _tokens.Authenticate(created.Secret);
        var withinTheMinute = _store.FindById(created.Token.Id)!.LastUsedAt;
        _time.Advance(TimeSpan.FromSeconds(1));
        _tokens.Authenticate(created.Secret);

        Assert.Equal(first, withinTheMinute);
        Assert.Equal(first.AddMinutes(1), _store.FindById(created.Token.Id)!.LastUsedAt);
    }

    [Fact]
    public void CreateAndRevoke_AreInTheAuditLog_WithoutTheSecret()
    {
        var created = _tokens.Create(_anna.Id, "Zendesk", 30, AuditActor.For(_anna, "10.0.0.1"));
        _tokens.Revoke(created.Token.Id, AuditActor.For(_anna), ownerId: _anna.Id);

        var made = Assert.Single(_audit.Find(new AuditFilter(Type: AuditEventType.TokenCreated)));
        var revoked = Assert.Single(_audit.Find(new AuditFilter(Type: AuditEventType.TokenRevoked)));
        Assert.Equal(("anna", "anna", "10.0.0.1"), (made.ActorName, made.SubjectName, made.ClientAddress));
        Assert.Contains("\"Zendesk\"", made.Detail, StringComparison.Ordinal);
        Assert.Contains("expires 2026-12-23", made.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(created.Secret, made.Detail, StringComparison.Ordinal);
        Assert.Contains("\"Zendesk\"", revoked.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Revoke_OnlyTheOwnersOwnToken_WhenAnOwnerIsGiven_AndOnlyOnce()
    {
        var ben = _accounts.AddUser(new NewUser("ben", "password-1", UserRole.Agent));
        var bens = _tokens.Create(ben.Id, "bens", null, AuditActor.System);

        Assert.Throws<AccountException>(() => _tokens.Revoke(bens.Token.Id, AuditActor.For(_anna), ownerId: _anna.Id));
        _tokens.Revoke(bens.Token.Id, AuditActor.For(ben), ownerId: ben.Id);
        Assert.Throws<AccountException>(() => _tokens.Revoke(bens.Token.Id, AuditActor.System));
        Assert.True(_store.FindById(bens.Token.Id)!.IsRevoked);
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("ok", 0)]
    [InlineData("ok", 3651)]
    public void Create_RefusesAMissingName_OrAnExpiryOutOfRange(string name, int? days) =>
        Assert.Throws<AccountException>(() => _tokens.Create(_anna.Id, name, days, AuditActor.System));

    public void Dispose() => _db.Dispose();
}

// The same tests on each provider: xunit runs the inherited facts once per concrete class.
public sealed class AccessTokenServiceOnLiteDbTests() : AccessTokenServiceTests(TestStorage.LiteDb());

public sealed class AccessTokenServiceOnPostgresTests(TemporaryPostgres postgres) : AccessTokenServiceTests(TestStorage.Postgres(postgres)), IClassFixture<TemporaryPostgres>;
