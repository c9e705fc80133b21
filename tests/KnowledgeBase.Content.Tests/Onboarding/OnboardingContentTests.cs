using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Content.Library;
using KnowledgeBase.Content.Onboarding;
using KnowledgeBase.Content.Validation;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Content.Tests.Onboarding;

public sealed class OnboardingContentTests : IDisposable
{
    private const string Checks = """
        - id: standard
          question: How long does standard delivery take?
          answers:
            - text: 1–2 days
              correct: true
            - text: 5 days
          explanation: DPD takes 1–2 days.
        - id: carriers
          question: Which carriers?
          answers:
            - text: DPD
              correct: true
            - text: UPS
              correct: true
            - DHL
        """;

    private const string Path = """
        title: First week
        role: customer-service specialist
        language: en
        steps:
          - read: articles/en/shipping/delivery
            section: standard-delivery
          - practise: templates/en/shipping/eta
            scenario: A customer asks when the parcel arrives.
          - check: articles/en/shipping/delivery#standard
        """;

    private readonly TempContentFolder _folder = new();

    public OnboardingContentTests()
    {
        _folder.Article("articles/en/shipping/delivery", "title: Delivery", "## Standard delivery\n\nDPD, 1–2 days.\n");
        _folder.Write("templates/en/shipping/eta.md", "---\ntitle: ETA\n---\nHello {{ customer.first_name }}\n");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void PathAndChecks_AreLoaded_WithStepsInOrder()
    {
        _folder.Write("articles/en/shipping/delivery.checks.yml", Checks);
        _folder.Write("paths/first-week.yml", Path);

        var content = ContentFactory.Loader.Load(_folder.Root);

        var path = Assert.Single(content.Onboarding.Paths);
        Assert.Equal("paths/first-week", path.Id);
        Assert.Equal("first-week", path.Slug);
        Assert.Equal("en", path.Language);
        Assert.Equal([StepKind.Read, StepKind.Practise, StepKind.Check], path.Steps.Select(s => s.Kind));
        Assert.Equal("standard-delivery", path.Steps[0].Section);
        Assert.Equal("A customer asks when the parcel arrives.", path.Steps[1].Scenario);
        Assert.Equal("check:articles/en/shipping/delivery#standard", path.Steps[2].Key);
        var check = content.Onboarding.FindCheck("articles/en/shipping/delivery#carriers");
        Assert.NotNull(check);
        Assert.True(check.HasSeveralAnswers);
        Assert.Equal(["DPD", "UPS", "DHL"], check.Options.Select(o => o.Text));
        Assert.DoesNotContain(content.Documents, d => d.RelativePath.EndsWith(".yml", StringComparison.Ordinal));
        // The SOP records no review of its checks yet (checks_hash), which is a warning by design.
        Assert.DoesNotContain(ContentFactory.Validator.Validate(content).Findings, f => f.Code != "checks-review");
    }

    [Theory]
    [InlineData(new[] { 0 }, true)]
    [InlineData(new[] { 1 }, false)]
    [InlineData(new[] { 0, 1 }, false)]
    [InlineData(new int[0], false)]
    public void SingleAnswerCheck_IsPassed_OnlyByTheCorrectOption(int[] chosen, bool passed)
    {
        _folder.Write("articles/en/shipping/delivery.checks.yml", Checks);
        var check = ContentFactory.Loader.Load(_folder.Root).Onboarding.FindCheck("articles/en/shipping/delivery#standard")!;

        Assert.Equal(passed, check.IsPassedBy(chosen));
    }

    [Theory]
    [InlineData(new[] { 0, 1 }, true)]
    [InlineData(new[] { 0 }, false)]
    [InlineData(new[] { 0, 1, 2 }, false)]
    public void SeveralAnswerCheck_NeedsAllCorrectAndNoWrongOption(int[] chosen, bool passed)
    {
        _folder.Write("articles/en/shipping/delivery.checks.yml", Checks);
        var check = ContentFactory.Loader.Load(_folder.Root).Onboarding.FindCheck("articles/en/shipping/delivery#carriers")!;

        Assert.Equal(passed, check.IsPassedBy(chosen));
    }

    [Fact]
    public void Validation_ReportsUnknownIds_Sections_Checks_AndRole()
    {
        _folder.Write("articles/en/shipping/delivery.checks.yml", Checks);
        _folder.Write("paths/broken.yml", """
            title: Broken
            role: astronaut
            language: en
            steps:
              - read: articles/en/shipping/nowhere
              - read: articles/en/shipping/delivery
                section: express
              - practise: templates/en/shipping/missing
                scenario: x
              - check: articles/en/shipping/delivery#unknown
            """);

        var findings = ContentFactory.Validate(_folder.Root).Findings.Where(f => f.Path == "paths/broken.yml").ToList();

        Assert.All(findings, f => Assert.Equal(FindingSeverity.Error, f.Severity));
        Assert.Contains(findings, f => f.Message.Contains("unknown role 'astronaut'", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Line == 5 && f.Message.Contains("'articles/en/shipping/nowhere' does not exist", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Line == 6 && f.Message.Contains("no section 'express'", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Line == 8 && f.Message.Contains("template 'templates/en/shipping/missing'", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Line == 10 && f.Message.Contains("no check 'unknown'", StringComparison.Ordinal));
        Assert.Equal(5, findings.Count);
    }

    [Fact]
    public void Validation_ReportsCheckWithoutCorrectAnswer_AndDuplicateIds()
    {
        _folder.Write("articles/en/shipping/delivery.checks.yml", """
            - id: a
              question: Q?
              answers: [x, y]
            - id: a
              question: Q again?
              answers:
                - text: x
                  correct: true
                - y
            """);

        var findings = ContentFactory.Validate(_folder.Root).Findings;

        Assert.Contains(findings, f => f.Code == "check-answer" && f.Line == 1);
        Assert.Contains(findings, f => f.Code == "check-duplicate" && f.Line == 4);
    }

    [Fact]
    public void ChangedPathFile_IsRereadByTheLibrary_AndReported()
    {
        var library = new ContentLibrary(ContentFactory.Loader, new KnowledgeBasePaths(_folder.Root, System.IO.Path.Combine(_folder.Root, ".data")));
        library.Load();
        _folder.Write("articles/en/shipping/delivery.checks.yml", Checks);
        _folder.Write("paths/first-week.yml", Path);

        var change = library.Apply(["paths/first-week.yml", "articles/en/shipping/delivery.checks.yml"]);

        Assert.True(change.OnboardingChanged);
        Assert.Empty(change.Upserted);
        Assert.Equal("First week", Assert.Single(library.Current.Onboarding.Paths).Title);
        Assert.NotNull(library.Current.Onboarding.FindCheck("articles/en/shipping/delivery#standard"));
    }

    [Fact]
    public void ShippedContent_HasAPathPerRole_InEnglish_AndOneInAnotherLanguage()
    {
        var content = ContentFactory.Loader.Load(RepositoryPaths.Content);

        var paths = content.Onboarding.Paths;
        foreach (var role in OnboardingRoles.All)
        {
            Assert.Contains(paths, p => p.Language == "en" && OnboardingRoles.Normalize(p.Role) == OnboardingRoles.Normalize(role));
        }

        Assert.Contains(paths, p => p.Language != "en");
        Assert.DoesNotContain(ContentFactory.Validator.Validate(content).Findings, f => ContentLayout(f.Path));
    }

    private static bool ContentLayout(string path) => KnowledgeBase.Content.Loading.ContentLayout.IsOnboardingFile(path);
}
