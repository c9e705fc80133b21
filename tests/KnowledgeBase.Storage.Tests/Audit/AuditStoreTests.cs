using KnowledgeBase.Storage.Tests.Providers;
using KnowledgeBase.TestSupport.Postgres;
using KnowledgeBase.Storage.Audit;

namespace KnowledgeBase.Storage.Tests.Audit;

public abstract class AuditStoreTests(TestStorage db) : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TestStorage _db = db;

    private IAuditStore Store => _db.Audit;

    private static void Seed(IAuditStore store)
    {
        store.Record(Monday, AuditEventType.SignInSucceeded, new AuditActor(1, "anna", "10.0.0.1"), 1, "anna");
        store.Record(Monday.AddHours(1), AuditEventType.RoleChanged, new AuditActor(2, "root"), 1, "Anna", "Agent → Lead");
        store.Record(Monday.AddDays(1), AuditEventType.SignInFailed, new AuditActor(null, "nobody"), null, "nobody", "unknown user name");
        store.Record(Monday.AddDays(2), AuditEventType.Exported, new AuditActor(2, "root"), null, null, "/team/export/progress.csv");
    }

    [Fact]
    public void Entries_AreStored_AndReadBackNewestFirst_AfterReopening()
    {
        Seed(Store);

        var entries = _db.Reopen().Audit.Find(new AuditFilter());

        Assert.Equal([AuditEventType.Exported, AuditEventType.SignInFailed, AuditEventType.RoleChanged, AuditEventType.SignInSucceeded], entries.Select(e => e.Type));
        var role = entries[2];
        Assert.Equal((Monday.AddHours(1), 2, "root", 1, "Anna", (string?)null, "Agent → Lead"), (role.At, role.ActorId, role.ActorName, role.SubjectId, role.SubjectName, role.ClientAddress, role.Detail));
        Assert.Equal("10.0.0.1", entries[3].ClientAddress);
    }

    [Theory]
    [InlineData("ANNA", null, null, null, 2)]
    [InlineData("root", null, null, null, 2)]
    [InlineData(null, AuditEventType.SignInFailed, null, null, 1)]
    [InlineData(null, null, "2026-11-24", null, 2)]
    [InlineData(null, null, null, "2026-11-24", 2)]
    [InlineData("anna", AuditEventType.RoleChanged, "2026-11-23", "2026-11-24", 1)]
    [InlineData("someone", null, null, null, 0)]
    public void Find_FiltersByUserAsActorOrSubject_ByType_AndByTime(string? user, AuditEventType? type, string? from, string? to, int expected)
    {
        var store = Store;
        Seed(store);

        var found = store.Find(new AuditFilter(user, type, from is null ? null : DateTimeOffset.Parse(from, System.Globalization.CultureInfo.InvariantCulture), to is null ? null : DateTimeOffset.Parse(to, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(expected, found.Count);
    }

    [Fact]
    public void Find_ReturnsAtMostTheLimit_TheNewest()
    {
        var store = Store;
        Seed(store);

        Assert.Equal([AuditEventType.Exported, AuditEventType.SignInFailed], store.Find(new AuditFilter(), limit: 2).Select(e => e.Type));
    }

    [Fact]
    public void LongNames_AreCut_SoAnythingTypedIntoTheSignInFormFits()
    {
        var store = Store;

        store.Record(Monday, AuditEventType.SignInFailed, new AuditActor(null, new string('x', 5_000)), null, new string('x', 5_000), new string('d', 5_000));

        var entry = Assert.Single(store.Find(new AuditFilter()));
        Assert.Equal((100, 100, 500), (entry.ActorName!.Length, entry.SubjectName!.Length, entry.Detail.Length));
    }

    public void Dispose() => _db.Dispose();
}

// The same tests on each provider: xunit runs the inherited facts once per concrete class.
public sealed class AuditStoreOnLiteDbTests() : AuditStoreTests(TestStorage.LiteDb());

public sealed class AuditStoreOnPostgresTests(TemporaryPostgres postgres) : AuditStoreTests(TestStorage.Postgres(postgres)), IClassFixture<TemporaryPostgres>;
