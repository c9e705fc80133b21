using KnowledgeBase.Content;
using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Content.Library;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Onboarding;
using KnowledgeBase.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using KnowledgeBase.Application.Onboarding;
using KnowledgeBase.Application.Authoring;
using KnowledgeBase.Application.Storage;
using KnowledgeBase.Storage.Tests.Providers;
using KnowledgeBase.TestSupport.Postgres;

namespace KnowledgeBase.Storage.Tests.Onboarding;

/// <summary>The real content library on a temp folder and a real database of each provider.</summary>
public abstract class OnboardingServiceTests : IDisposable
{
    private const string Delivery = "articles/en/shipping/delivery";
    private const string DeliveryText = "---\ntitle: Delivery\n---\n## Standard delivery\n\nDPD takes 1–2 days.\n";
    private const string Template = "templates/en/shipping/eta";
    private const string CheckKey = Delivery + "#standard";

    private readonly TempContentFolder _content = new();
    private readonly string _data = Path.Combine(Path.GetTempPath(), "kb-tests", "onboarding-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero));
    private readonly DatabaseOptions _options;
    private readonly ServiceProvider _services;
    private readonly ContentLibrary _library;
    private readonly OnboardingService _onboarding;
    private readonly UserAccount _hire;
    private readonly UserAccount _lead;

    protected OnboardingServiceTests(DatabaseOptions options)
    {
        _options = options;
        _content.Write(Delivery + ".md", DeliveryText);
        _content.Write(Delivery + ".checks.yml", """
            - id: standard
              question: How long does standard delivery take?
              answers:
                - text: 1–2 days
                  correct: true
                - text: 5 days
            """);
        _content.Write(Template + ".md", "---\ntitle: ETA\n---\nHello {{ customer.first_name }}\n");
        _content.Write("paths/first-week.yml", $"""
            title: First week
            role: customer-service specialist
            language: en
            steps:
              - read: {Delivery}
              - practise: {Template}
                scenario: Tell Petra when her parcel arrives.
              - check: {CheckKey}
            """);
        _services = Compose();
        _library = _services.GetRequiredService<ContentLibrary>();
        _library.Load();
        _onboarding = _services.GetRequiredService<OnboardingService>();
        var users = _services.GetRequiredService<IUserStore>();
        _hire = users.Create(new UserAccount { UserName = "nina", DisplayName = "Nina New" });
        _lead = users.Create(new UserAccount { UserName = "lena", Role = UserRole.Lead });
        _onboarding.Assign(_hire.Id, "paths/first-week", _lead);
    }

    public void Dispose()
    {
        _services.Dispose();
        _content.Dispose();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    [Fact]
    public void NewAssignment_HasNothingDone_AndTheFirstStepNext()
    {
        var progress = Assert.Single(_onboarding.ProgressFor(_hire.Id));

        Assert.Equal(0, progress.Done);
        Assert.Equal(3, progress.Total);
        Assert.False(progress.IsComplete);
        Assert.Equal("Read: Delivery", progress.Next?.Title);
        Assert.Equal("lena", progress.Assignment?.AssignedByName);
        Assert.Empty(_onboarding.ProgressFor(_lead.Id));
    }

    [Fact]
    public void ReadingPractisingAndPassing_CompletesThePath()
    {
        _onboarding.Acknowledge(_hire.Id, Delivery);
        _onboarding.CompletePractice(_hire.Id, Template);
        Assert.False(_onboarding.Answer(_hire.Id, CheckKey, [1])!.IsCorrect);
        var halfway = Assert.Single(_onboarding.ProgressFor(_hire.Id));
        Assert.Equal(2, halfway.Done);
        Assert.Equal(3, halfway.Next?.Step.Number);

        Assert.True(_onboarding.Answer(_hire.Id, CheckKey, [0])!.IsCorrect);

        var progress = Assert.Single(_onboarding.ProgressFor(_hire.Id));
        Assert.True(progress.IsComplete);
        Assert.Equal(100, progress.Percent);
        Assert.Null(progress.Next);
        Assert.True(Assert.Single(_onboarding.TeamProgress()).Progress.IsComplete);
    }

    [Fact]
    public void MaterialChange_AsksForARereadWithTheDiff_AndReacknowledgingClearsIt()
    {
        _onboarding.Acknowledge(_hire.Id, Delivery);

        Change(DeliveryText.Replace("1–2 days", "2–3 days", StringComparison.Ordinal));

        Assert.Equal(AcknowledgementStatus.Outdated, _onboarding.StatusOf(_hire.Id, Delivery));
        Assert.Equal(StepState.NeedsReread, _onboarding.ProgressFor(_hire.Id)[0].Steps[0].State);
        var outdated = Assert.Single(_onboarding.OutdatedAcknowledgements());
        Assert.Equal(_hire.Id, outdated.User.Id);
        var diff = _onboarding.ChangesSinceAcknowledged(_hire.Id, Delivery);
        Assert.Contains(diff, l => l.Kind == DiffLineKind.Removed && l.Text.Contains("1–2 days", StringComparison.Ordinal));
        Assert.Contains(diff, l => l.Kind == DiffLineKind.Added && l.Text.Contains("2–3 days", StringComparison.Ordinal));

        _onboarding.Acknowledge(_hire.Id, Delivery);

        Assert.Equal(AcknowledgementStatus.Current, _onboarding.StatusOf(_hire.Id, Delivery));
        Assert.Empty(_onboarding.OutdatedAcknowledgements());
    }

    [Fact]
    public void MinorEdits_SavedInTheEditor_KeepAcknowledgementsCurrent_ThroughSeveralSaves()
    {
        _onboarding.Acknowledge(_hire.Id, Delivery);
        var authoring = _services.GetRequiredService<AuthoringService>();
        var author = new Author(_lead.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "Lena");

        var first = authoring.Read(Delivery + ".md")!;
        var typo = authoring.Save(first.RelativePath, first.Text.Replace("takes", "take", StringComparison.Ordinal), first.Hash, author);
        _onboarding.RecordMinorEdit(Delivery, first.Hash, typo.Hash!);
        var second = authoring.Save(first.RelativePath, first.Text, typo.Hash!, author);
        _onboarding.RecordMinorEdit(Delivery, typo.Hash!, second.Hash!);
        _library.Apply([first.RelativePath]);

        Assert.Equal(AcknowledgementStatus.Current, _onboarding.StatusOf(_hire.Id, Delivery));

        Change(DeliveryText + "\nNew rule.\n");

        Assert.Equal(AcknowledgementStatus.Outdated, _onboarding.StatusOf(_hire.Id, Delivery));
    }

    [Fact]
    public void FrontMatterOnlyChange_LikeANewReviewedDate_DoesNotAskForARereadEvenFromGit()
    {
        _onboarding.Acknowledge(_hire.Id, Delivery);

        Change(DeliveryText.Replace("title: Delivery\n", "title: Delivery\nreviewed: 2026-11-23\nowner: Logistics\n", StringComparison.Ordinal));

        Assert.Equal(AcknowledgementStatus.Current, _onboarding.StatusOf(_hire.Id, Delivery));
    }

    [Fact]
    public void Acknowledging_AVersionThatIsNoLongerCurrent_RecordsNothing()
    {
        var shown = _library.Current.Find(Delivery)!.ContentHash;
        Change(DeliveryText + "\nNew rule.\n");

        Assert.Null(_onboarding.Acknowledge(_hire.Id, Delivery, shown));
        Assert.Equal(AcknowledgementStatus.NotAcknowledged, _onboarding.StatusOf(_hire.Id, Delivery));
    }

    [Fact]
    public void CheckScores_CountFirstTriesPerPerson()
    {
        _onboarding.Answer(_hire.Id, CheckKey, [1]);
        _onboarding.Answer(_hire.Id, CheckKey, [0]);
        _onboarding.Answer(_lead.Id, CheckKey, [0]);

        var score = Assert.Single(_onboarding.CheckScores());

        Assert.Equal(2, score.People);
        Assert.Equal(1, score.FirstTryCorrect);
        Assert.Equal(3, score.Attempts);
        Assert.Equal(50, score.FirstTryPercent);
    }

    [Fact]
    public void Progress_IsStoredInTheDatabase()
    {
        _onboarding.Acknowledge(_hire.Id, Delivery);
        _onboarding.CompletePractice(_hire.Id, Template);
        _services.Dispose();

        using var reopened = Compose();
        var store = reopened.GetRequiredService<IOnboardingStore>();

        Assert.Equal(["paths/first-week"], store.AssignmentsFor(_hire.Id).Select(a => a.PathId));
        Assert.Equal(DeliveryText[(DeliveryText.IndexOf("## ", StringComparison.Ordinal))..], store.FindAcknowledgement(_hire.Id, Delivery)?.Snapshot);
        Assert.Single(store.CompletionsFor(_hire.Id));
    }

    private ServiceProvider Compose()
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(_time);
        collection.AddKnowledgeBaseContent(new KnowledgeBasePaths(_content.Root, _data));
        collection.AddKnowledgeBaseDatabase(_options);
        var services = collection.BuildServiceProvider();
        services.GetRequiredService<IDatabaseStartup>().Start();
        return services;
    }

    private void Change(string text)
    {
        _content.Write(Delivery + ".md", text);
        _library.Apply([Delivery + ".md"]);
    }
}

// The same tests on each provider: xunit runs the inherited facts once per concrete class.
public sealed class OnboardingServiceOnLiteDbTests() : OnboardingServiceTests(new DatabaseOptions());

public sealed class OnboardingServiceOnPostgresTests(TemporaryPostgres postgres) : OnboardingServiceTests(TestStorage.EmptyPostgres(postgres)), IClassFixture<TemporaryPostgres>;
