using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Activity;
using KnowledgeBase.Storage.Audit;
using KnowledgeBase.Storage.Insights;
using KnowledgeBase.Storage.Onboarding;
using KnowledgeBase.Storage.Revisions;
using KnowledgeBase.Storage.Tokens;
using KnowledgeBase.Storage.Trash;
using LiteDB;

namespace KnowledgeBase.Storage.Export;

/// <summary>Reads everything in a LiteDB database, ids included (see <see cref="DatabaseExport"/>).</summary>
public static class LiteDbExport
{
    public static DatabaseExport Read(KnowledgeBaseDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var users = new UserStore(database).List();
        var onboarding = new OnboardingStore(database);
        return new DatabaseExport(
            users,
            new AccessTokenStore(database).List(),
            [.. new AuditStore(database).Find(new AuditFilter()).OrderBy(e => e.Id)],
            database.Use(db => db.GetCollection<RevisionEntity>("revisions").FindAll().OrderBy(r => r.Id).Select(r => r.ToRevision()).ToList()),
            [.. new TrashStore(database).List().OrderBy(e => e.Id)],
            ReadActivity(database),
            onboarding.AllAssignments(),
            onboarding.AllAcknowledgements(),
            database.Use(db => db.GetCollection("onboarding_completions").FindAll()
                .Select(d => new StepCompletion(d["userId"].AsInt32, d["step"].AsString, Utc(d["at"]))).ToList()),
            onboarding.AllAttempts(),
            database.Use(db => db.GetCollection("onboarding_minor_edits").FindAll().Select(ToMinorEdit).ToList()),
            database.Use(db => db.GetCollection<SearchRecord>("insight_searches").FindAll()
                .Select(r => new SearchEvent(r.Id, Utc(r.At), r.UserId, r.Query, r.Language, r.ResultCount, r.OpenedDocumentId)).ToList()),
            database.Use(db => db.GetCollection<TemplateUseRecord>("insight_template_uses").FindAll().OrderBy(r => r.Id)
                .Select(r => new TemplateUseEvent(Utc(r.At), r.UserId, r.TemplateId, r.Action, r.Channel)).ToList()),
            database.Use(db => db.GetCollection<VoteRecord>("insight_votes").FindAll()
                .Select(r => new StoredVote(r.Id, new ArticleVote(Utc(r.At), r.UserId, r.DocumentId, r.Helpful, r.Comment))).ToList()));
    }

    private static List<ActivityList> ReadActivity(KnowledgeBaseDatabase database)
    {
        var store = new ActivityStore(database);
        var userIds = database.Use(db => db.GetCollection("activity").FindAll().Select(d => d["_id"].AsInt32).ToList());
        return [.. userIds.SelectMany(id => (ActivityList[])
        [
            new(id, ActivityLists.Favourites, store.GetFavourites(id)),
            new(id, ActivityLists.Viewed, store.GetRecentlyViewed(id)),
            new(id, ActivityLists.TemplatesUsed, store.GetRecentTemplates(id)),
        ]).Where(l => l.Entries.Count > 0)];
    }

    // Stored under "documentId|toHash"; a hash never holds '|', a document id might.
    private static MinorEdit ToMinorEdit(BsonDocument document)
    {
        var key = document["_id"].AsString;
        var split = key.LastIndexOf('|');
        return new MinorEdit(key[..split], document["from"].AsString, key[(split + 1)..]);
    }

    private static DateTimeOffset Utc(BsonValue value) => new(value.AsDateTime.ToUniversalTime(), TimeSpan.Zero);

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value.ToUniversalTime(), DateTimeKind.Utc));
}
