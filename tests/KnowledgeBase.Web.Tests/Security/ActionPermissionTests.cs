using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Onboarding;
using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Components.Pages.Authoring;
using KnowledgeBase.Web.Components.Pages.Onboarding;
using Microsoft.Extensions.DependencyInjection;
using KnowledgeBase.Application.Onboarding;
using KnowledgeBase.Application.Authoring;

namespace KnowledgeBase.Web.Tests.Security;

/// <summary>
/// A page checks the role when it opens; every action checks again, against the account as stored
/// now, because a tab stays open while an admin demotes or disables its user.
/// </summary>
public sealed class ActionPermissionTests : WebTestContext
{
    private const string Refunds = "articles/en/returns/refunds";
    private const string RefundsText = "---\ntitle: Refunds\nreviewed: 2026-01-05\nreview_every: 90\n---\n## Restocking fee\n\n15 %.\n";

    protected override void Write(TempContentFolder content)
    {
        content.Write(Refunds + ".md", RefundsText);
        content.Article("articles/en/old", "title: Old", "Gone soon.\n");
        content.Write("paths/first-week.yml", $"""
            title: First week
            role: customer-service specialist
            language: en
            steps:
              - read: {Refunds}
            """);
    }

    private string Disk(string id) => File.ReadAllText(Path.Combine(Content.Root, id + ".md"));

    private UserAccount SignInLead()
    {
        var lead = SignIn("lena", UserRole.Lead);
        Authorization.SetPolicies("Lead");
        return lead;
    }

    [Fact]
    public void ADemotedLead_CannotSave_AndKeepsTheDraftOnScreen()
    {
        var lead = SignInLead();
        var page = Render<EditPage>(parameters => parameters.Add(p => p.Id, Refunds));
        Authoring.EditorTyping.ReplaceBody(page, "## Restocking fee\n\n20 %.\n");

        Accounts.ChangeRole(lead.Id, UserRole.Agent);
        page.Find("form").Submit();

        Assert.Equal(RefundsText, Disk(Refunds));
        Assert.Contains("Not saved", page.Find("#editor-refused").TextContent, StringComparison.Ordinal);
        Assert.Equal("## Restocking fee\n\n20 %.\n", Authoring.EditorTyping.Body(page));
        Assert.Empty(Services.GetRequiredService<KnowledgeBase.Storage.Revisions.RevisionStore>().ListFor(Refunds));
    }

    [Fact]
    public void ADisabledLead_CannotSave_OrDelete()
    {
        var lead = SignInLead();
        Accounts.AddUser(new NewUser("root", "password-1", UserRole.Admin));
        var page = Render<EditPage>(parameters => parameters.Add(p => p.Id, Refunds));
        Authoring.EditorTyping.ReplaceBody(page, "## Restocking fee\n\n20 %.\n");

        Accounts.SetDisabled(lead.Id, disabled: true);
        page.Find("form").Submit();
        page.Find("#edit-delete").Click();
        page.Find("#edit-delete-confirm").Click();

        Assert.Equal(RefundsText, Disk(Refunds));
        Assert.Contains("disabled", page.Find("#editor-refused").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ADemotedLead_CannotRestoreFromTrash()
    {
        var lead = SignInLead();
        var authoring = Services.GetRequiredService<AuthoringService>();
        authoring.Delete("articles/en/old.md", authoring.Read("articles/en/old.md")!.Hash, new Author(lead.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), lead.UserName));
        var page = Render<TrashPage>();

        Accounts.ChangeRole(lead.Id, UserRole.Agent);
        page.Find(".trash-list tbody tr button").Click();

        Assert.False(File.Exists(Path.Combine(Content.Root, "articles/en/old.md")));
        Assert.Contains("Not restored", page.Find(".notice").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ADemotedLead_CannotMarkAReviewDone()
    {
        var lead = SignInLead();
        var page = Render<ReviewsPage>();

        Accounts.ChangeRole(lead.Id, UserRole.Agent);
        page.Find(".review-item button").Click();

        Assert.Equal(RefundsText, Disk(Refunds));
        Assert.Contains("Not marked", page.Find(".notice").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ADemotedLead_CannotAssignLearningPaths()
    {
        var hire = Accounts.AddUser(new NewUser("nina", "password-1", UserRole.Agent));
        var lead = SignInLead();
        var page = Render<TeamPage>();

        Accounts.ChangeRole(lead.Id, UserRole.Agent);
        page.Find("#assign-user").Change("nina");
        page.Find("#assign-path").Change("paths/first-week");
        page.Find("form.assign-form").Submit();

        Assert.Empty(Services.GetRequiredService<OnboardingService>().Store.AssignmentsFor(hire.Id));
        Assert.Contains("Not assigned", page.Find("#assign-message").TextContent, StringComparison.Ordinal);
    }
}
