using KnowledgeBase.Storage.Tests.Providers;
using KnowledgeBase.TestSupport.Postgres;
using KnowledgeBase.Storage.Insights;

namespace KnowledgeBase.Storage.Tests.Insights;

public abstract class TemplateAndVoteAggregationTests(TestStorage storage) : InsightDatabase(storage)
{
    private void Used(string template, TemplateAction action, DateTimeOffset? at = null) =>
        Store.RecordTemplateUse(new TemplateUseEvent(at ?? Now, "u1", template, action, "email"));

    [Fact]
    public void MostUsedTemplates_CountCopiesAndInsertsSeparately()
    {
        Used("templates/en/eta", TemplateAction.Copied);
        Used("templates/en/eta", TemplateAction.Inserted);
        Used("templates/en/eta", TemplateAction.Copied);
        Used("templates/en/refund", TemplateAction.Inserted);
        Used("templates/en/old", TemplateAction.Copied, Now.AddDays(-30));

        var most = Store.MostUsedTemplates(LastWeek, 10);

        Assert.Equal([("templates/en/eta", 2, 1), ("templates/en/refund", 0, 1)], most.Select(u => (u.TemplateId, u.Copied, u.Inserted)));
    }

    [Fact]
    public void LeastUsedTemplates_StartWithNeverUsedOnes_AndOnlyCurrentTemplates()
    {
        Used("templates/en/eta", TemplateAction.Copied);
        Used("templates/en/eta", TemplateAction.Copied);
        Used("templates/en/refund", TemplateAction.Inserted);
        Used("templates/en/deleted", TemplateAction.Inserted);

        var least = Store.LeastUsedTemplates(LastWeek, ["templates/en/eta", "templates/en/refund", "templates/en/apology"], 10);

        Assert.Equal([("templates/en/apology", 0), ("templates/en/refund", 1), ("templates/en/eta", 2)], least.Select(u => (u.TemplateId, u.Total)));
        Assert.Null(least[0].LastUsed);
    }

    [Fact]
    public void ANewVote_ReplacesTheUsersEarlierVoteOnTheSameArticle()
    {
        Store.RecordVote(new ArticleVote(Now.AddHours(-1), "u1", "articles/en/a", Helpful: false, "Out of date"));
        Store.RecordVote(new ArticleVote(Now, "u1", "articles/en/a", Helpful: true, null));

        Assert.Empty(Store.MostNegativeArticles(LastWeek, 10));
        Assert.True(Store.FindVote("u1", "articles/en/a")!.Helpful);
    }

    [Fact]
    public void MostNegativeArticles_MostDownVotesFirst_WithRecentCommentsNewestFirst()
    {
        Store.RecordVote(new ArticleVote(Now.AddHours(-3), "u1", "articles/en/a", false, "Old prices"));
        Store.RecordVote(new ArticleVote(Now.AddHours(-1), "u2", "articles/en/a", false, "  Missing the Riga warehouse  "));
        Store.RecordVote(new ArticleVote(Now.AddHours(-2), "u3", "articles/en/a", true, null));
        Store.RecordVote(new ArticleVote(Now, "u1", "articles/en/b", false, null));
        Store.RecordVote(new ArticleVote(Now, "u1", "articles/en/c", true, "Great"));

        var negative = Store.MostNegativeArticles(LastWeek, 10);

        Assert.Equal([("articles/en/a", 2, 1), ("articles/en/b", 1, 0)], negative.Select(a => (a.DocumentId, a.Down, a.Up)));
        Assert.Equal(["Missing the Riga warehouse", "Old prices"], negative[0].RecentComments.Select(c => c.Comment));
    }

    [Fact]
    public void VotesWithoutAUser_AreEachKept()
    {
        Store.RecordVote(new ArticleVote(Now, null, "articles/en/a", false, null));
        Store.RecordVote(new ArticleVote(Now, null, "articles/en/a", false, null));

        Assert.Equal(2, Store.MostNegativeArticles(LastWeek, 10).Single().Down);
    }

    [Fact]
    public void Comments_AreCappedAt1000Characters()
    {
        Store.RecordVote(new ArticleVote(Now, "u1", "articles/en/a", false, new string('c', 1500)));

        Assert.Equal(1000, Store.FindVote("u1", "articles/en/a")!.Comment!.Length);
    }
}

// The same tests on each provider: xunit runs the inherited facts once per concrete class.
public sealed class TemplateAndVoteAggregationOnLiteDbTests() : TemplateAndVoteAggregationTests(TestStorage.LiteDb());

public sealed class TemplateAndVoteAggregationOnPostgresTests(TemporaryPostgres postgres) : TemplateAndVoteAggregationTests(TestStorage.Postgres(postgres)), IClassFixture<TemporaryPostgres>;
