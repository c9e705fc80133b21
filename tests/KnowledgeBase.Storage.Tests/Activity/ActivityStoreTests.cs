using KnowledgeBase.Storage.Tests.Providers;
using KnowledgeBase.TestSupport.Postgres;
using KnowledgeBase.Storage.Activity;

namespace KnowledgeBase.Storage.Tests.Activity;

public abstract class ActivityStoreTests(TestStorage db) : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);
    private readonly TestStorage _db = db;

    [Fact]
    public void Pin_ListsNewestFirst_AndUnpinRemoves_PerUser()
    {
        var store = _db.Activity;

        store.Pin(1, "articles/en/refunds", Now);
        store.Pin(1, "templates/en/refund-confirmation", Now.AddMinutes(1));
        store.Pin(2, "articles/en/shipping", Now);
        store.Unpin(1, "articles/en/refunds");

        Assert.Equal(["templates/en/refund-confirmation"], store.GetFavourites(1).Select(e => e.DocumentId));
        Assert.False(store.IsPinned(1, "articles/en/refunds"));
        Assert.True(store.IsPinned(2, "articles/en/shipping"));
        Assert.Empty(store.GetFavourites(3));
    }

    [Fact]
    public void RecordView_MovesARepeatToTheFront_AndSurvivesReopening()
    {
        var store = _db.Activity;

        store.RecordView(1, "a", Now);
        store.RecordView(1, "b", Now.AddMinutes(1));
        store.RecordView(1, "a", Now.AddMinutes(2));

        var viewed = _db.Reopen().Activity.GetRecentlyViewed(1);
        Assert.Equal(["a", "b"], viewed.Select(e => e.DocumentId));
        Assert.Equal(Now.AddMinutes(2), viewed[0].At);
    }

    [Fact]
    public void RecordTemplateUse_KeepsOnlyTheNewestEntries()
    {
        var store = _db.Activity;

        for (var i = 0; i < ActivityStore.Capacity + 5; i++)
        {
            store.RecordTemplateUse(1, $"t{i}", Now.AddMinutes(i));
        }

        var used = store.GetRecentTemplates(1);
        Assert.Equal(ActivityStore.Capacity, used.Count);
        Assert.Equal($"t{ActivityStore.Capacity + 4}", used[0].DocumentId);
        Assert.Empty(store.GetRecentlyViewed(1));
    }

    public void Dispose() => _db.Dispose();
}

// The same tests on each provider: xunit runs the inherited facts once per concrete class.
public sealed class ActivityStoreOnLiteDbTests() : ActivityStoreTests(TestStorage.LiteDb());

public sealed class ActivityStoreOnPostgresTests(TemporaryPostgres postgres) : ActivityStoreTests(TestStorage.Postgres(postgres)), IClassFixture<TemporaryPostgres>;
