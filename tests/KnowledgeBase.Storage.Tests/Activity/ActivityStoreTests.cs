using KnowledgeBase.Storage.Activity;

namespace KnowledgeBase.Storage.Tests.Activity;

public sealed class ActivityStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);
    private readonly TempDatabase _db = new();

    [Fact]
    public void Pin_ListsNewestFirst_AndUnpinRemoves_PerUser()
    {
        var store = new ActivityStore(_db.Database);

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
        var store = new ActivityStore(_db.Database);

        store.RecordView(1, "a", Now);
        store.RecordView(1, "b", Now.AddMinutes(1));
        store.RecordView(1, "a", Now.AddMinutes(2));

        var viewed = new ActivityStore(_db.Reopen()).GetRecentlyViewed(1);
        Assert.Equal(["a", "b"], viewed.Select(e => e.DocumentId));
        Assert.Equal(Now.AddMinutes(2), viewed[0].At);
    }

    [Fact]
    public void RecordTemplateUse_KeepsOnlyTheNewestEntries()
    {
        var store = new ActivityStore(_db.Database);

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
