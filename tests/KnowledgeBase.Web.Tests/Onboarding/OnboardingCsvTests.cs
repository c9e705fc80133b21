using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Onboarding;
using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Onboarding;
using Microsoft.Extensions.DependencyInjection;
using KnowledgeBase.Application.Onboarding;

namespace KnowledgeBase.Web.Tests.Onboarding;

public sealed class OnboardingCsvTests : WebTestContext
{
    protected override void Write(TempContentFolder content)
    {
        content.Article("articles/en/a", "title: A", "Text.\n");
        content.Write("articles/en/a.checks.yml", "- id: q\n  question: \"Which, exactly?\"\n  answers:\n    - text: x\n      correct: true\n    - y\n");
        content.Write("paths/p.yml", "title: =Path, one\nrole: supervisor\nlanguage: en\nsteps:\n  - read: articles/en/a\n  - check: articles/en/a#q\n");
    }

    [Fact]
    public void ProgressAndChecks_AreQuotedCsv_WithFormulasDefused()
    {
        var onboarding = Services.GetRequiredService<OnboardingService>();
        var user = Accounts.AddUser(new NewUser("nina", "password-1", UserRole.Agent));
        onboarding.Assign(user.Id, "paths/p", null);
        onboarding.Acknowledge(user.Id, "articles/en/a");
        onboarding.Answer(user.Id, "articles/en/a#q", [1]);

        var progress = OnboardingCsv.Write(OnboardingCsv.Progress, onboarding)!.Split("\r\n");
        var checks = OnboardingCsv.Write(OnboardingCsv.Checks, onboarding)!.Split("\r\n");

        Assert.StartsWith("person,user name,path,", progress[0], StringComparison.Ordinal);
        Assert.StartsWith("nina,nina,\"'=Path, one\",supervisor,en,1,2,50,no,", progress[1], StringComparison.Ordinal);
        Assert.Equal("articles/en/a#q,articles/en/a,\"Which, exactly?\",1,0,0,1", checks[1]);
        Assert.Null(OnboardingCsv.Write("unknown", onboarding));
    }
}
