using KnowledgeBase.Content.Model;
using KnowledgeBase.Storage.Insights;
using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Components.Reply;

namespace KnowledgeBase.Web.Tests.Insights;

public sealed class TemplateUseTests : WebTestContext
{
    protected override void Write(TempContentFolder content) => InsightsContent.Write(content);

    private InsightPeriod Today => InsightPeriod.LastDays(Time.GetUtcNow(), 1);

    private IRenderedComponent<TemplateFiller> RenderFiller() =>
        Render<TemplateFiller>(parameters => parameters.Add(p => p.Template, (ReplyTemplate)Library.Current.Find(InsightsContent.EtaId)!));

    [Fact]
    public async Task CopyingAFilledTemplate_IsRecordedAsCopied()
    {
        JSInterop.Setup<bool>("kb.copyText", _ => true).SetResult(true);
        var filler = RenderFiller();

        filler.Find("#filler-copy").Click();
        await InsightsWrittenAsync();

        var use = Insights.MostUsedTemplates(Today, 10).Single();
        Assert.Equal((InsightsContent.EtaId, 1, 0), (use.TemplateId, use.Copied, use.Inserted));
    }

    [Fact]
    public async Task ACopyTheBrowserRefused_IsNotRecorded()
    {
        JSInterop.Setup<bool>("kb.copyText", _ => true).SetResult(false);
        var filler = RenderFiller();

        filler.Find("#filler-copy").Click();
        await InsightsWrittenAsync();

        Assert.Empty(Insights.MostUsedTemplates(Today, 10));
    }

    [Fact]
    public async Task InsertingAFilledTemplate_IsRecordedAsInserted()
    {
        var filler = RenderFiller();

        filler.Find("#filler-insert").Click();
        await InsightsWrittenAsync();

        var use = Insights.MostUsedTemplates(Today, 10).Single();
        Assert.Equal((0, 1), (use.Copied, use.Inserted));
    }
}
