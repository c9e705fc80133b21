using KnowledgeBase.Content.Model;
using KnowledgeBase.Storage.Insights;
using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Components.Reply;
using KnowledgeBase.Web.Services;
using Microsoft.Extensions.DependencyInjection;

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

    [Fact]
    public async Task ATemplateWithoutFields_InsertedBySlashShortcut_IsRecordedAsInserted()
    {
        JSInterop.Setup<bool>("kb.replaceIfUnchanged", _ => true).SetResult(true);
        JSInterop.Setup<string>("kb.valueOf", "reply-text").SetResult("/sorry");
        Services.GetRequiredService<ReplyDraft>().Language = "en";
        var composer = Render<ReplyComposer>();
        composer.Find("#reply-text").Input("/sorry");

        await composer.InvokeAsync(() => composer.Instance.OnSlash("sorry", 0, 6));
        await composer.InvokeAsync(() => composer.Instance.OnPickerKey("Enter"));
        await InsightsWrittenAsync();

        var use = Insights.MostUsedTemplates(Today, 10).Single();
        Assert.Equal((InsightsContent.ApologyId, 0, 1), (use.TemplateId, use.Copied, use.Inserted));
    }
}
