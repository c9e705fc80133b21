using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Audit;
using KnowledgeBase.Storage.Export;
using KnowledgeBase.Storage.Insights;
using KnowledgeBase.Storage.Onboarding;
using KnowledgeBase.Storage.Postgres;
using KnowledgeBase.Storage.Postgres.Copy;
using KnowledgeBase.Storage.Revisions;
using KnowledgeBase.Storage.Tests.Providers;
using KnowledgeBase.Storage.Tokens;
using KnowledgeBase.Storage.Trash;
using KnowledgeBase.TestSupport.Postgres;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Storage.Tests.Copy;

/// <summary>
/// A LiteDB installation with something in every collection, copied into PostgreSQL
/// (<see cref="LiteDbExport"/>, <see cref="PostgresCopy"/>): every part reads back the same through
/// the PostgreSQL stores, ids included, and new rows get new ids.
/// </summary>
public sealed class CopyToPostgresTests(TemporaryPostgres postgres) : IClassFixture<TemporaryPostgres>, IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);
    private static readonly string[] NoLanguages = [];
    private readonly TempDatabase _lite = new();

    [Fact]
    public void EveryPartOfTheInstallation_ReadsBackTheSame_FromPostgres()
    {
        var source = Fill();
        var export = LiteDbExport.Read(_lite.Database);
        using var target = TestStorage.Postgres(postgres);

        var counts = Copy(export, replace: false);

        Assert.All(counts, c => Assert.True(c.Matches, $"{c.Table}: {c.Source} → {c.Target}"));
        Assert.All(counts, c => Assert.True(c.Source > 0, $"{c.Table} has nothing to copy: the test misses a part"));
        Assert.Equal(Users(source.Users), Users(target.Users));
        Assert.Equal(source.Tokens.List(), target.Tokens.List());
        Assert.Equal(source.Audit.Find(new AuditFilter()), target.Audit.Find(new AuditFilter()));
        Assert.Equal(source.Revisions.ListFor("articles/en/refund"), target.Revisions.ListFor("articles/en/refund"));
        Assert.Equal(source.Trash.List(), target.Trash.List());
        Assert.Equal(source.Activity.GetRecentlyViewed(1), target.Activity.GetRecentlyViewed(1));
        Assert.Equal(source.Activity.GetFavourites(1), target.Activity.GetFavourites(1));
        Assert.Equal(source.Activity.GetRecentTemplates(1), target.Activity.GetRecentTemplates(1));
        Assert.Equal(source.Onboarding.AllAssignments(), target.Onboarding.AllAssignments());
        Assert.Equal(source.Onboarding.AllAcknowledgements(), target.Onboarding.AllAcknowledgements());
        Assert.Equal(source.Onboarding.CompletionsFor(1), target.Onboarding.CompletionsFor(1));
        Assert.Equal(Attempts(source.Onboarding), Attempts(target.Onboarding));
        Assert.Equal(["h1", "h2", "h3"], target.Onboarding.EquivalentHashes("articles/en/refund", "h3").Order(StringComparer.Ordinal));
        var year = InsightPeriod.LastDays(Now, 365);
        Assert.Equal(source.Searches(year), target.Insights.Searches(year));
        Assert.Equal(source.Insights.MostUsedTemplates(year, 10), target.Insights.MostUsedTemplates(year, 10));
        Assert.Equal(Votes(source.Insights.MostNegativeArticles(year, 10)), Votes(target.Insights.MostNegativeArticles(year, 10)));
        Assert.Equal(source.Insights.FindVote("1", "articles/en/refund"), target.Insights.FindVote("1", "articles/en/refund"));

        // The id sequences continue after the copied ids.
        var next = target.Users.Create(new UserAccount { UserName = "new", CreatedAt = Now });
        Assert.True(next.Id > source.Users.List().Max(u => u.Id));
        Assert.True(target.Audit.Record(Now, AuditEventType.Exported, AuditActor.System, null, null).Id > export.Audit.Max(e => e.Id));

        // A vote again after the copy replaces the copied one (same key), and a push goes to the front.
        target.Insights.RecordVote(new ArticleVote(Now, "1", "articles/en/refund", true, null));
        Assert.True(target.Insights.FindVote("1", "articles/en/refund")!.Helpful);
        target.Activity.RecordView(1, "articles/en/a0", Now.AddDays(1));
        Assert.Equal("articles/en/a0", target.Activity.GetRecentlyViewed(1)[0].DocumentId);
    }

    [Fact]
    public void ATargetWithRows_IsRefused_UnlessReplaced()
    {
        Fill();
        var export = LiteDbExport.Read(_lite.Database);
        using var target = TestStorage.Postgres(postgres);
        target.Users.Create(new UserAccount { UserName = "already-here", CreatedAt = Now });

        var refused = Assert.Throws<TargetNotEmptyException>(() => Copy(export, replace: false));
        var counts = Copy(export, replace: true);

        Assert.Equal(["users"], refused.Tables);
        Assert.Null(target.Users.FindByName("already-here"));
        Assert.All(counts, c => Assert.True(c.Matches));
    }

    public void Dispose() => _lite.Dispose();

    private IReadOnlyList<TableCount> Copy(DatabaseExport export, bool replace)
    {
        var options = new DbContextOptionsBuilder<KnowledgeBaseDbContext>().UseNpgsql(postgres.ConnectionString).Options;
        return new PostgresCopy(new ContextFactory(options)).Copy(export, replace);
    }

    // Records compare lists by reference: the languages are compared as text.
    private static List<(UserAccount, string)> Users(IUserStore store) =>
        [.. store.List().Select(u => (u with { PreferredLanguages = NoLanguages }, string.Join(",", u.PreferredLanguages)))];

    private static List<(string, string, bool, DateTimeOffset)> Attempts(IOnboardingStore store) =>
        [.. store.AllAttempts().Select(a => (a.CheckKey, string.Join(",", a.Chosen), a.IsCorrect, a.At))];

    private static List<(string, int, int, string)> Votes(IReadOnlyList<ArticleVotes> votes) =>
        [.. votes.Select(v => (v.DocumentId, v.Down, v.Up, string.Join("|", v.RecentComments.Select(c => c.Comment))))];

    // Something in every collection, through the LiteDB stores as the app writes it.
    private LiteSource Fill()
    {
        var db = _lite.Database;
        var source = new LiteSource(db);
        var anna = source.Users.Create(new UserAccount
        {
            UserName = "anna", DisplayName = "Anna", PreferredLanguages = ["de", "en"], Role = UserRole.Lead, PasswordHash = "hash",
            FailedSignIns = 2, LockedUntil = Now.AddMinutes(5), CreatedAt = Now, SecurityStamp = "stamp", MustChangePassword = true, ExternalLogin = "idp|1",
        });
        source.Users.Create(new UserAccount { UserName = "ben", CreatedAt = Now.AddDays(-1) });
        var token = source.Tokens.Create(new AccessToken(anna.Id, "Zendesk", new string('a', 64), "kb_AbC1", Now, Now.AddDays(90)));
        source.Tokens.Touch(token.Id, Now.AddMinutes(1));
        source.Tokens.Create(new AccessToken(anna.Id, "Old", new string('b', 64), "kb_Old1", Now.AddDays(-3), null));
        source.Tokens.Revoke(source.Tokens.FindByHash(new string('b', 64))!.Id, Now);
        source.Audit.Record(Now, AuditEventType.SignInFailed, new AuditActor(null, "Anna", "10.0.0.1"), anna.Id, "anna", "wrong password");
        source.Audit.Record(Now.AddSeconds(1), AuditEventType.SignInSucceeded, AuditActor.For(anna), anna.Id, "anna");
        source.Revisions.Add(new Revision(0, "articles/en/refund", "articles/en/refund.md", RevisionAction.Saved, "1", "Anna", Now, "  Body with trailing space \n\n", ""));
        source.Revisions.Add(new Revision(0, "articles/en/refund", "articles/en/refund.md", RevisionAction.Reviewed, "1", "Anna", Now.AddHours(1), "Body\n", "ok"));
        source.Trash.Add(new TrashEntry(0, "articles/en/old", "articles/en/old.md", "Old", "20261123-old.md", "1", "Anna", Now));
        for (var i = 0; i < 25; i++)
        {
            source.Activity.RecordView(1, $"articles/en/a{i % 22}", Now.AddMinutes(i));
        }

        source.Activity.Pin(1, "articles/en/refund", Now);
        source.Activity.RecordTemplateUse(1, "templates/en/eta", Now);
        source.Onboarding.Assign(new PathAssignment(anna.Id, "paths/first-week", null, "", Now));
        source.Onboarding.Acknowledge(new Acknowledgement(anna.Id, "articles/en/refund", "h1", "## Refunds\n\nText.\n", Now));
        source.Onboarding.Complete(new StepCompletion(1, "templates/en/eta", Now));
        source.Onboarding.AddAttempt(new CheckAttempt(1, "articles/en/refund#q1", [1, 2], false, Now));
        source.Onboarding.AddAttempt(new CheckAttempt(1, "articles/en/refund#q1", [0], true, Now));
        source.Onboarding.RecordMinorEdit("articles/en/refund", "h1", "h2");
        source.Onboarding.RecordMinorEdit("articles/en/refund", "h2", "h3");
        source.Insights.RecordSearch(new SearchEvent(Guid.NewGuid(), Now.AddDays(-1), "1", "Delivery  Times", "en", 3, "articles/en/delivery"));
        source.Insights.RecordSearch(new SearchEvent(Guid.NewGuid(), Now, null, "gift wrap", null, 0));
        source.Insights.RecordTemplateUse(new TemplateUseEvent(Now, "1", "templates/en/eta", TemplateAction.Copied, "email"));
        source.Insights.RecordTemplateUse(new TemplateUseEvent(Now, "1", "templates/en/eta", TemplateAction.Inserted, null));
        source.Insights.RecordVote(new ArticleVote(Now, "1", "articles/en/refund", false, "Old prices"));
        source.Insights.RecordVote(new ArticleVote(Now, null, "articles/en/refund", false, null), Guid.NewGuid());
        return source;
    }

    private sealed class ContextFactory(DbContextOptions<KnowledgeBaseDbContext> options) : IDbContextFactory<KnowledgeBaseDbContext>
    {
        public KnowledgeBaseDbContext CreateDbContext() => new(options);
    }

    private sealed class LiteSource(KnowledgeBaseDatabase database)
    {
        public UserStore Users { get; } = new(database);

        public AccessTokenStore Tokens { get; } = new(database);

        public AuditStore Audit { get; } = new(database);

        public RevisionStore Revisions { get; } = new(database);

        public TrashStore Trash { get; } = new(database);

        public global::KnowledgeBase.Storage.Activity.ActivityStore Activity { get; } = new(database);

        public OnboardingStore Onboarding { get; } = new(database);

        public InsightStore Insights { get; } = new(database);

        public IReadOnlyList<SearchEvent> Searches(InsightPeriod period) => Insights.Searches(period);
    }
}
