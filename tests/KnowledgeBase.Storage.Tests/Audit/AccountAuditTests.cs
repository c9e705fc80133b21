using KnowledgeBase.Storage.Tests.Providers;
using KnowledgeBase.TestSupport.Postgres;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Audit;
using Microsoft.Extensions.Time.Testing;
using KnowledgeBase.Application.Accounts;

namespace KnowledgeBase.Storage.Tests.Audit;

/// <summary>Every sign-in and every change to an account leaves an entry: who, what, to whom, from where.</summary>
public abstract class AccountAuditTests : IDisposable
{
    private const string Password = "correct horse";
    private readonly TestStorage _db;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly IAuditStore _audit;
    private readonly AccountService _accounts;

    protected AccountAuditTests(TestStorage db)
    {
        _db = db;
        _audit = _db.Audit;
        _accounts = new AccountService(_db.Users, _audit, _time, new AccountOptions());
    }

    private IReadOnlyList<(AuditEventType Type, string? Actor, string? Subject, string Detail)> Log() =>
        [.. _audit.Find(new AuditFilter()).Reverse().Select(e => (e.Type, e.ActorName, e.SubjectName, e.Detail))];

    [Fact]
    public void SignIns_AreRecorded_Succeeded_Failed_AndLockedOut()
    {
        _accounts.AddUser(new NewUser("anna", Password, UserRole.Agent));
        var from = new SignInAttempt("203.0.113.9");

        _accounts.CheckPassword("anna", Password, from);
        _accounts.CheckPassword("nobody", Password, from);
        for (var i = 0; i < _accounts.Options.MaxFailedSignIns; i++)
        {
            _accounts.CheckPassword("anna", "wrong", from);
        }

        _accounts.CheckPassword("anna", Password, from);

        var log = Log().Skip(1).ToList();
        Assert.Equal((AuditEventType.SignInSucceeded, "anna", "anna", ""), log[0]);
        Assert.Equal((AuditEventType.SignInFailed, "nobody", "nobody", "unknown user name"), log[1]);
        Assert.Equal(Enumerable.Repeat(AuditEventType.SignInFailed, 5).Append(AuditEventType.LockedOut).Append(AuditEventType.SignInFailed), log.Skip(2).Select(l => l.Type));
        Assert.Equal("account locked", log[^1].Detail);
        Assert.All(_audit.Find(new AuditFilter(Type: AuditEventType.SignInFailed)), e => Assert.Equal("203.0.113.9", e.ClientAddress));
    }

    [Fact]
    public void AccountChanges_NameWhoMadeThem()
    {
        var root = _accounts.CreateFirstAdmin("root", Password, clientAddress: "10.0.0.1")!;
        var by = AuditActor.For(root);

        var anna = _accounts.AddUser(new NewUser("anna", Password, UserRole.Agent), by);
        _accounts.ChangeRole(anna.Id, UserRole.Lead, by);
        _accounts.SetDisabled(anna.Id, disabled: true, by);
        _accounts.SetDisabled(anna.Id, disabled: false, by);
        _accounts.SetPassword(anna.Id, "a new password", by);
        _accounts.ChangePassword(anna.Id, "a new password", "her own password");
        _accounts.SignOut(anna.Id, "10.0.0.2");

        Assert.Equal(
            [
                (AuditEventType.UserAdded, "root", "root", "first admin (setup)"),
                (AuditEventType.UserAdded, "root", "anna", "role Agent"),
                (AuditEventType.RoleChanged, "root", "anna", "Agent → Lead"),
                (AuditEventType.UserDisabled, "root", "anna", ""),
                (AuditEventType.UserEnabled, "root", "anna", ""),
                (AuditEventType.PasswordChanged, "root", "anna", "set by another user"),
                (AuditEventType.PasswordChanged, "anna", "anna", "own password"),
                (AuditEventType.SignedOut, "anna", "anna", ""),
            ],
            Log());
    }

    public void Dispose() => _db.Dispose();
}

// The same tests on each provider: xunit runs the inherited facts once per concrete class.
public sealed class AccountAuditOnLiteDbTests() : AccountAuditTests(TestStorage.LiteDb());

public sealed class AccountAuditOnPostgresTests(TemporaryPostgres postgres) : AccountAuditTests(TestStorage.Postgres(postgres)), IClassFixture<TemporaryPostgres>;
