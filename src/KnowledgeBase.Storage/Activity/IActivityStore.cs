namespace KnowledgeBase.Storage.Activity;

/// <summary>
/// Per user: favourites, recently viewed documents and recently used templates, each newest first and
/// capped at <see cref="ActivityStore.Capacity"/>. Thread-safe.
/// </summary>
public interface IActivityStore
{
    void Pin(int userId, string documentId, DateTimeOffset at);

    void Unpin(int userId, string documentId);

    bool IsPinned(int userId, string documentId);

    IReadOnlyList<ActivityEntry> GetFavourites(int userId);

    void RecordView(int userId, string documentId, DateTimeOffset at);

    IReadOnlyList<ActivityEntry> GetRecentlyViewed(int userId);

    /// <summary>A template was copied or inserted into a reply by this user.</summary>
    void RecordTemplateUse(int userId, string templateId, DateTimeOffset at);

    IReadOnlyList<ActivityEntry> GetRecentTemplates(int userId);
}
