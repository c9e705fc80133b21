using KnowledgeBase.Storage.Onboarding;
using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Library;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Content.Onboarding;
using KnowledgeBase.Storage.Accounts;

namespace KnowledgeBase.Application.Onboarding;

/// <summary>
/// Learning paths against what people did: progress per step, acknowledgements that follow the
/// content (an acknowledgement is current while the SOP's hash is the acknowledged one or reached
/// from it only by edits saved as minor), check answers, and the lead's team views.
/// Every method takes the user it is about; deciding who may ask is the caller's job.
/// </summary>
public sealed class OnboardingService(ContentLibrary library, IOnboardingStore store, IUserStore users, TimeProvider time)
{
    public IOnboardingStore Store => store;

    public IReadOnlyList<LearningPath> Paths => library.Current.Onboarding.Paths;

    public LearningPath? FindPath(string id) => library.Current.Onboarding.FindPath(id);

    public KnowledgeCheck? FindCheck(string key) => library.Current.Onboarding.FindCheck(key);

    public void Assign(int userId, string pathId, UserAccount? by)
    {
        if (FindPath(pathId) is null)
        {
            throw new KeyNotFoundException($"no learning path '{pathId}'");
        }

        store.Assign(new PathAssignment(userId, pathId, by?.Id, by?.Name ?? "", time.GetUtcNow()));
    }

    public bool Unassign(int userId, string pathId) => store.Unassign(userId, pathId);

    /// <summary>The user's assigned paths that still exist, in the order they were assigned.</summary>
    public IReadOnlyList<PathProgress> ProgressFor(int userId)
    {
        var acknowledgements = store.AcknowledgementsFor(userId).ToDictionary(a => a.DocumentId, StringComparer.Ordinal);
        var completions = store.CompletionsFor(userId).Select(c => c.StepKey).ToHashSet(StringComparer.Ordinal);
        var passed = store.AttemptsFor(userId).Where(a => a.IsCorrect).Select(a => a.CheckKey).ToHashSet(StringComparer.Ordinal);
        return [.. store.AssignmentsFor(userId)
            .Select(a => (Assignment: a, Path: FindPath(a.PathId)))
            .Where(p => p.Path is not null)
            .Select(p => Progress(p.Path!, p.Assignment, acknowledgements, completions, passed))];
    }

    /// <summary>
    /// Marks the SOP, as it reads now, as read and understood by the user. With <paramref name="shownHash"/>
    /// (the version on the reader's screen) nothing is recorded when the SOP changed in the meantime.
    /// </summary>
    public Acknowledgement? Acknowledge(int userId, string documentId, string? shownHash = null)
    {
        if (library.Current.Find(documentId) is not Article article || (shownHash is not null && shownHash != article.ContentHash))
        {
            return null;
        }

        var acknowledgement = new Acknowledgement(userId, article.Id, article.ContentHash, article.Body, time.GetUtcNow());
        store.Acknowledge(acknowledgement);
        return acknowledgement;
    }

    public AcknowledgementStatus StatusOf(int userId, string documentId)
    {
        var acknowledgement = store.FindAcknowledgement(userId, documentId);
        return acknowledgement is null || library.Current.Find(documentId) is not { } document
            ? AcknowledgementStatus.NotAcknowledged
            : IsCurrent(acknowledgement, document) ? AcknowledgementStatus.Current : AcknowledgementStatus.Outdated;
    }

    /// <summary>What changed in the SOP's text since the user acknowledged it (empty when nothing did).</summary>
    public IReadOnlyList<DiffLine> ChangesSinceAcknowledged(int userId, string documentId)
    {
        var acknowledgement = store.FindAcknowledgement(userId, documentId);
        return acknowledgement is null || library.Current.Find(documentId) is not { } document
            ? []
            : LineDiff.Compute(acknowledgement.Snapshot, document.Body);
    }

    /// <summary>
    /// The lead saved the SOP with "minor edit": readers who acknowledged the old text need not
    /// re-read. Only edits saved in the app can be minor; a change made in git always counts.
    /// </summary>
    public void RecordMinorEdit(string documentId, string fromHash, string toHash) => store.RecordMinorEdit(documentId, fromHash, toHash);

    /// <summary>The user filled a complete reply from the template on its practise page.</summary>
    public void CompletePractice(int userId, string templateId) =>
        store.Complete(new StepCompletion(userId, $"practise:{templateId}", time.GetUtcNow()));

    /// <summary>Scores and stores an answer; null when there is no such check.</summary>
    public CheckResult? Answer(int userId, string checkKey, IReadOnlyList<int> chosen)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        if (FindCheck(checkKey) is not { } check)
        {
            return null;
        }

        var correct = check.IsPassedBy(chosen);
        store.AddAttempt(new CheckAttempt(userId, check.Key, [.. chosen.Order()], correct, time.GetUtcNow()));
        return new CheckResult(check, chosen, correct);
    }

    public bool HasPassed(int userId, string checkKey) => store.AttemptsFor(userId).Any(a => a.CheckKey == checkKey && a.IsCorrect);

    /// <summary>True when the SOP is a read or check step of one of the user's paths.</summary>
    public bool IsOnPathOf(int userId, string documentId) =>
        store.AssignmentsFor(userId).Select(a => FindPath(a.PathId)).Any(p => p is not null && p.Steps.Any(s => s.Kind != StepKind.Practise && s.Target == documentId));

    /// <summary>Every person with an assigned path, one row per path, by name.</summary>
    public IReadOnlyList<TeamMemberProgress> TeamProgress() =>
        [.. users.List().SelectMany(user => ProgressFor(user.Id).Select(progress => new TeamMemberProgress(user, progress)))];

    /// <summary>The SOPs this user acknowledged that have changed materially since, by title.</summary>
    public IReadOnlyList<ContentDocument> OutdatedFor(int userId) =>
        [.. store.AcknowledgementsFor(userId)
            .Select(a => (Acknowledgement: a, Document: library.Current.Find(a.DocumentId)))
            .Where(x => x.Document is not null && !IsCurrent(x.Acknowledgement, x.Document))
            .Select(x => x.Document!)
            .OrderBy(d => d.Title, StringComparer.CurrentCulture)];

    /// <summary>Acknowledgements of SOPs that have changed materially since, by person then SOP.</summary>
    public IReadOnlyList<OutdatedAcknowledgement> OutdatedAcknowledgements()
    {
        var byId = users.List().ToDictionary(u => u.Id);
        return [.. store.AllAcknowledgements()
            .Select(a => (Acknowledgement: a, Document: library.Current.Find(a.DocumentId), User: byId.GetValueOrDefault(a.UserId)))
            .Where(x => x.Document is not null && x.User is not null && !IsCurrent(x.Acknowledgement, x.Document))
            .Select(x => new OutdatedAcknowledgement(x.User!, x.Document!, x.Acknowledgement))
            .OrderBy(x => x.User.Name, StringComparer.OrdinalIgnoreCase).ThenBy(x => x.Document.Id, StringComparer.Ordinal)];
    }

    /// <summary>Per question: how many people answered, and how many got it right the first time.</summary>
    public IReadOnlyList<CheckScore> CheckScores()
    {
        var attempts = store.AllAttempts();
        return [.. library.Current.Onboarding.Checks.DistinctBy(c => c.Key)
            .Select(check =>
            {
                var forCheck = attempts.Where(a => a.CheckKey == check.Key).ToList();
                var firsts = forCheck.GroupBy(a => a.UserId).Select(g => g.First()).ToList();
                return new CheckScore(check, firsts.Count, firsts.Count(a => a.IsCorrect), forCheck.Count);
            })
            .OrderByDescending(s => s.People > 0).ThenBy(s => s.FirstTryPercent).ThenBy(s => s.Check.Key, StringComparer.Ordinal)];
    }

    // The text read is what matters: a change to front matter only (a new reviewed: date, another
    // owner) leaves the body as read, so it never asks anyone to re-read.
    private bool IsCurrent(Acknowledgement acknowledgement, ContentDocument document) =>
        acknowledgement.ContentHash == document.ContentHash
        || string.Equals(acknowledgement.Snapshot, document.Body, StringComparison.Ordinal)
        || store.EquivalentHashes(document.Id, document.ContentHash).Contains(acknowledgement.ContentHash);

    private PathProgress Progress(
        LearningPath path, PathAssignment assignment, Dictionary<string, Acknowledgement> acknowledgements, HashSet<string> completions, HashSet<string> passed)
    {
        var content = library.Current;
        var steps = path.Steps.Select(step =>
        {
            var document = content.Find(step.Target);
            var state = step.Kind switch
            {
                StepKind.Read => !acknowledgements.TryGetValue(step.Target, out var ack) || document is null
                    ? StepState.ToDo
                    : IsCurrent(ack, document) ? StepState.Done : StepState.NeedsReread,
                StepKind.Practise => completions.Contains(step.Key) ? StepState.Done : StepState.ToDo,
                _ => passed.Contains(KnowledgeCheck.KeyOf(step.Target, step.CheckId ?? "")) ? StepState.Done : StepState.ToDo,
            };
            return new StepProgress(step, TitleOf(step, document), state);
        }).ToList();
        return new PathProgress(path, steps, assignment);
    }

    private string TitleOf(PathStep step, ContentDocument? document)
    {
        if (step.Title is { } title)
        {
            return title;
        }

        var name = document?.Title ?? step.Target;
        return step.Kind switch
        {
            StepKind.Read when step.Section is { } section => $"Read: {name} – {document?.Sections.FirstOrDefault(s => s.Anchor == section)?.Heading ?? section}",
            StepKind.Read => $"Read: {name}",
            StepKind.Practise => $"Practise: {name}",
            _ => $"Check: {FindCheck(KnowledgeCheck.KeyOf(step.Target, step.CheckId ?? ""))?.Question ?? name}",
        };
    }
}
