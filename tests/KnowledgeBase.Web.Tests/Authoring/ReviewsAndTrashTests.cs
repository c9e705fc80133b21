using KnowledgeBase.Content.Authoring;
using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Components.Pages.Authoring;
using Microsoft.Extensions.DependencyInjection;
using KnowledgeBase.Application.Authoring;

namespace KnowledgeBase.Web.Tests.Authoring;

public sealed class ReviewsAndTrashTests : WebTestContext
{
    private const string Overdue = "---\ntitle: Delivery times\nowner: Tomáš Král\nreviewed: 2026-01-05 # last audit\nreview_every: 90\n---\nTwo days.\n";

    protected override void Write(TempContentFolder content)
    {
        content.Write("articles/en/delivery.md", Overdue);
        content.Article("articles/en/fresh", "title: Fresh\nowner: Tomáš Král\nreviewed: 2026-11-01\nreview_every: 90");
        content.Article("articles/en/orphan", "title: Orphan\nreviewed: 2025-01-01\nreview_every: 30");
        content.Write("templates/en/eta.md", "---\ntitle: ETA\nowner: Support leads\nreviewed: 2025-06-01\nreview_every: 180\n---\nHi\n");
    }

    [Fact]
    public void Reviews_ListsOverdueSopsAndTemplates_ByOwner()
    {
        SignIn("lead", KnowledgeBase.Storage.Accounts.UserRole.Lead);

        var page = Render<ReviewsPage>();

        Assert.Equal(["owner-supportleads", "owner-tomáškrál", "owner-noowner"], page.FindAll(".review-group h2").Select(h => h.Id));
        Assert.Equal(["ETA", "Delivery times", "Orphan"], page.FindAll(".review-item > a:not(.link-button)").Select(a => a.TextContent));
    }

    [Fact]
    public void MarkReviewed_SetsTodayInTheFile_KeepingTheRest()
    {
        SignIn("lead", KnowledgeBase.Storage.Accounts.UserRole.Lead);
        var page = Render<ReviewsPage>();

        page.FindAll(".review-item")[1].QuerySelector("button")!.Click();

        Assert.Equal(Overdue.Replace("2026-01-05", "2026-11-23", StringComparison.Ordinal), File.ReadAllText(Path.Combine(Content.Root, "articles/en/delivery.md")));
        Assert.Contains("Reviewed today", page.FindAll(".review-item")[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Trash_RestoresADeletedDocument_AndRefusesWhenThePathIsTaken()
    {
        SignIn("lead", KnowledgeBase.Storage.Accounts.UserRole.Lead);
        var authoring = Services.GetRequiredService<AuthoringService>();
        var lead = new Author("u1", "Lena");
        authoring.Delete("articles/en/delivery.md", TextHash.Of(Overdue), lead);
        authoring.Delete("articles/en/orphan.md", authoring.Read("articles/en/orphan.md")!.Hash, lead);
        Content.Write("articles/en/orphan.md", "---\ntitle: New orphan\n---\n");
        var page = Render<TrashPage>();

        Assert.Equal(["Orphan", "Delivery times"], page.FindAll(".trash-list tbody tr td:first-child").Select(td => td.TextContent));
        page.FindAll(".trash-list tbody tr")[0].QuerySelector("button")!.Click();
        Assert.Contains("Not restored", page.Find(".notice").TextContent, StringComparison.Ordinal);

        page.FindAll(".trash-list tbody tr")[1].QuerySelector("button")!.Click();
        Assert.Equal(Overdue, File.ReadAllText(Path.Combine(Content.Root, "articles/en/delivery.md")));
        Assert.Single(page.FindAll(".trash-list tbody tr"));
    }
}
