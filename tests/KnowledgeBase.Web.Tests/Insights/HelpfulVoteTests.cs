using KnowledgeBase.Storage.Insights;
using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Components.Insights;

namespace KnowledgeBase.Web.Tests.Insights;

public sealed class HelpfulVoteTests : WebTestContext
{
    protected override void Write(TempContentFolder content) => InsightsContent.Write(content);

    private InsightPeriod Today => InsightPeriod.LastDays(Time.GetUtcNow(), 1);

    private IRenderedComponent<HelpfulVote> RenderVote() =>
        Render<HelpfulVote>(parameters => parameters.Add(p => p.DocumentId, InsightsContent.DeliveryId));

    [Fact]
    public async Task ThumbsDown_CountsAtOnce_AndACommentReplacesThatVote()
    {
        var vote = RenderVote();

        vote.Find("#vote-down").Click();
        await InsightsWrittenAsync();
        Assert.Equal(1, Insights.MostNegativeArticles(Today, 10).Single().Down);
        Assert.Equal("true", vote.Find("#vote-down").GetAttribute("aria-pressed"));

        vote.Find("#helpful-comment").Input("The Lyon warehouse is missing");
        vote.Find("#helpful-send").Click();
        await InsightsWrittenAsync();

        var article = Insights.MostNegativeArticles(Today, 10).Single();
        Assert.Equal((1, "The Lyon warehouse is missing"), (article.Down, article.RecentComments.Single().Comment));
        Assert.Contains("comment was sent", vote.Find("#helpful-thanks").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingTheThumb_ReplacesTheVote()
    {
        var vote = RenderVote();

        vote.Find("#vote-down").Click();
        vote.Find("#vote-up").Click();
        await InsightsWrittenAsync();

        Assert.Empty(Insights.MostNegativeArticles(Today, 10));
    }

    [Fact]
    public void TheArticlePage_EndsWithTheQuestion()
    {
        var page = Render<Components.Pages.ArticlePage>(parameters => parameters.Add(p => p.Path, "en/shipping/delivery-times"));

        Assert.Equal("Was this helpful?", page.Find("#helpful-title").TextContent);
    }
}
