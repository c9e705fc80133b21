using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Onboarding;
using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Components.Onboarding;
using KnowledgeBase.Web.Components.Pages;
using KnowledgeBase.Web.Components.Pages.Onboarding;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using KnowledgeBase.Application.Onboarding;

namespace KnowledgeBase.Web.Tests.Onboarding;

public sealed class OnboardingComponentTests : WebTestContext
{
    private const string Delivery = "articles/en/shipping/delivery";
    private const string DeliveryBody = "## Standard delivery\n\nDPD takes 1–2 days.\n";

    protected override void Write(TempContentFolder content)
    {
        content.Article(Delivery, "title: Delivery", DeliveryBody);
        content.Write(Delivery + ".checks.yml", """
            - id: standard
              question: How long does standard delivery take?
              answers:
                - text: 1–2 days
                  correct: true
                - text: 5 days
              explanation: DPD delivers in Czechia in 1–2 working days.
            - id: carriers
              question: Which carriers do we use?
              answers:
                - text: DPD
                  correct: true
                - text: UPS
                  correct: true
                - text: DHL
            """);
        content.Write("templates/en/eta.md", "---\ntitle: ETA\nfields:\n  - name: customer.first_name\n    required: true\n---\nHello {{ customer.first_name }}\n");
        content.Write("paths/first-week.yml", $"""
            title: First week
            role: customer-service specialist
            language: en
            steps:
              - read: {Delivery}
              - practise: templates/en/eta
                scenario: Petra asks when her parcel arrives.
              - check: {Delivery}#standard
            """);
    }

    private OnboardingService Onboarding => Services.GetRequiredService<OnboardingService>();

    private KnowledgeBase.Content.Onboarding.KnowledgeCheck Check(string id) => Library.Current.Onboarding.FindCheck($"{Delivery}#{id}")!;

    [Fact]
    public void Check_WithOneAnswer_OffersRadios_AndShowsTheExplanationAfterAnswering()
    {
        var user = SignIn("nina");
        var cut = Render<KnowledgeCheckView>(p => p.Add(c => c.Check, Check("standard")));
        Assert.Equal(2, cut.FindAll("input[type=radio]").Count);
        Assert.Empty(cut.FindAll(".check-explanation"));

        cut.FindAll("input[type=radio]")[1].Change(true);
        cut.Find(".check-submit").Click();

        Assert.Equal("Not quite.", cut.Find(".check-result").TextContent.Trim());
        Assert.Contains("1–2 working days", cut.Find(".check-explanation").TextContent, StringComparison.Ordinal);
        cut.Find(".check-retry").Click();
        cut.FindAll("input[type=radio]")[0].Change(true);
        cut.Find(".check-submit").Click();

        Assert.Equal("Correct.", cut.Find(".check-result").TextContent.Trim());
        Assert.Empty(cut.FindAll(".check-retry"));
        Assert.Equal([false, true], Onboarding.Store.AttemptsFor(user.Id).Select(a => a.IsCorrect));
    }

    [Fact]
    public void Check_WithSeveralAnswers_OffersCheckboxes_AndNeedsThemAll()
    {
        SignIn("nina");
        var cut = Render<KnowledgeCheckView>(p => p.Add(c => c.Check, Check("carriers")));
        var boxes = cut.FindAll("input[type=checkbox]");
        Assert.Equal(3, boxes.Count);

        cut.FindAll("input[type=checkbox]")[0].Change(true);
        cut.Find(".check-submit").Click();
        Assert.Equal("Not quite.", cut.Find(".check-result").TextContent.Trim());

        cut.Find(".check-retry").Click();
        cut.FindAll("input[type=checkbox]")[0].Change(true);
        cut.FindAll("input[type=checkbox]")[1].Change(true);
        cut.Find(".check-submit").Click();
        Assert.Equal("Correct.", cut.Find(".check-result").TextContent.Trim());
    }

    [Fact]
    public void PathProgress_ShowsTheNextStep_AndCompletion()
    {
        var user = SignIn("nina");
        Onboarding.Assign(user.Id, "paths/first-week", null);
        var cut = Render<PathProgressView>(p => p.Add(c => c.Progress, Onboarding.ProgressFor(user.Id)[0]));
        Assert.Equal("/articles/en/shipping/delivery", cut.Find(".next-step").GetAttribute("href"));
        Assert.Contains("0 of 3 steps", cut.Markup, StringComparison.Ordinal);

        Onboarding.Acknowledge(user.Id, Delivery);
        Onboarding.CompletePractice(user.Id, "templates/en/eta");
        Onboarding.Answer(user.Id, $"{Delivery}#standard", [0]);
        cut.Render(p => p.Add(c => c.Progress, Onboarding.ProgressFor(user.Id)[0]));

        Assert.Contains("Complete", cut.Find(".path-done").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".next-step"));
        Assert.Equal(3, cut.FindAll(".step-done").Count);
    }

    [Fact]
    public void MyOnboarding_ShowsOnlyTheSignedInUsersOwnProgress()
    {
        var other = Accounts.AddUser(new NewUser("olga", "password-1", UserRole.Agent));
        Onboarding.Assign(other.Id, "paths/first-week", null);
        Onboarding.Acknowledge(other.Id, Delivery);
        SignIn("nina");

        var cut = Render<OnboardingPage>();

        Assert.NotNull(cut.Find("#no-paths"));
        Assert.Empty(cut.FindAll(".path-progress"));
    }

    [Fact]
    public void ArticlePage_AsksToAcknowledge_ThenToRereadAfterAMaterialChange_WithTheDiff()
    {
        var user = SignIn("nina");
        Onboarding.Assign(user.Id, "paths/first-week", null);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/articles/en/shipping/delivery");
        var page = Render<ArticlePage>(p => p.Add(c => c.Path, "en/shipping/delivery"));

        page.Find("#acknowledge").Click();
        Assert.Contains("read and understood this version", page.Find(".acknowledged").TextContent, StringComparison.Ordinal);

        Content.Article(Delivery, "title: Delivery", DeliveryBody.Replace("1–2", "2–3", StringComparison.Ordinal));
        Apply(Delivery + ".md");

        page.WaitForAssertion(() => Assert.Contains("Updated since you read it", page.Find(".outdated-notice").TextContent, StringComparison.Ordinal));
        Assert.Contains("2–3", page.Find(".diff-added").TextContent, StringComparison.Ordinal);
        Assert.Contains("1–2", page.Find(".diff-removed").TextContent, StringComparison.Ordinal);
        var onboarding = Render<OnboardingPage>();
        Assert.Contains("Updated since you read it", onboarding.Find(".outdated-reads").TextContent, StringComparison.Ordinal);

        page.Find("#acknowledge").Click();
        Assert.NotNull(page.Find(".acknowledged"));
    }

    [Fact]
    public void ArticlePage_NotOnAnyPath_OffersNoAcknowledgement()
    {
        SignIn("nina");
        Services.GetRequiredService<NavigationManager>().NavigateTo("/articles/en/shipping/delivery");

        var page = Render<ArticlePage>(p => p.Add(c => c.Path, "en/shipping/delivery"));

        Assert.Empty(page.FindAll("#acknowledge"));
    }

    [Fact]
    public void TeamPage_AssignsAPath_AndShowsEveryonesProgress()
    {
        var hire = Accounts.AddUser(new NewUser("nina", "password-1", UserRole.Agent));
        SignIn("lena", UserRole.Lead);
        var cut = Render<TeamPage>();

        cut.Find("#assign-user").Change("nina");
        cut.Find("#assign-path").Change("paths/first-week");
        cut.Find("form.assign-form").Submit();

        var row = cut.Find("#team-progress tr[data-user=nina]");
        Assert.Contains("First week", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Not started", row.QuerySelector(".team-state")!.TextContent);
        Assert.Equal(["paths/first-week"], Onboarding.Store.AssignmentsFor(hire.Id).Select(a => a.PathId));
        Assert.Equal(2, cut.FindAll("#team-checks tbody tr").Count);
    }
}
