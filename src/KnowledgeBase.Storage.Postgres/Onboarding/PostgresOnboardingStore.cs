using KnowledgeBase.Storage.Onboarding;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Storage.Postgres.Onboarding;

/// <summary>
/// Onboarding records in PostgreSQL. "Replaces the earlier one" is an <c>INSERT … ON CONFLICT DO UPDATE</c>,
/// so two nodes writing at once never fail on the key. Thread-safe.
/// </summary>
public sealed class PostgresOnboardingStore(IDbContextFactory<KnowledgeBaseDbContext> contexts) : IOnboardingStore
{
    public void Assign(PathAssignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        var at = assignment.At.ToUniversalTime();
        Execute(context => context.Database.ExecuteSql($"""
            INSERT INTO onboarding_assignments (user_id, path_id, assigned_by_id, assigned_by_name, at)
            VALUES ({assignment.UserId}, {assignment.PathId}, {assignment.AssignedById}, {assignment.AssignedByName}, {at})
            ON CONFLICT (user_id, path_id) DO UPDATE SET assigned_by_id = EXCLUDED.assigned_by_id, assigned_by_name = EXCLUDED.assigned_by_name, at = EXCLUDED.at
            """));
    }

    public bool Unassign(int userId, string pathId) =>
        Execute(context => context.Assignments.Where(a => a.UserId == userId && a.PathId == pathId).ExecuteDelete()) > 0;

    public IReadOnlyList<PathAssignment> AssignmentsFor(int userId) =>
        Execute(context => context.Assignments.AsNoTracking().Where(a => a.UserId == userId).OrderBy(a => a.At).AsEnumerable().Select(ToAssignment).ToList());

    public IReadOnlyList<PathAssignment> AllAssignments() =>
        Execute(context => context.Assignments.AsNoTracking().OrderBy(a => a.At).AsEnumerable().Select(ToAssignment).ToList());

    public void Acknowledge(Acknowledgement acknowledgement)
    {
        ArgumentNullException.ThrowIfNull(acknowledgement);
        var at = acknowledgement.At.ToUniversalTime();
        Execute(context => context.Database.ExecuteSql($"""
            INSERT INTO onboarding_acknowledgements (user_id, document_id, content_hash, snapshot, at)
            VALUES ({acknowledgement.UserId}, {acknowledgement.DocumentId}, {acknowledgement.ContentHash}, {acknowledgement.Snapshot}, {at})
            ON CONFLICT (user_id, document_id) DO UPDATE SET content_hash = EXCLUDED.content_hash, snapshot = EXCLUDED.snapshot, at = EXCLUDED.at
            """));
    }

    public Acknowledgement? FindAcknowledgement(int userId, string documentId) =>
        Execute(context => context.Acknowledgements.AsNoTracking().FirstOrDefault(a => a.UserId == userId && a.DocumentId == documentId)) is { } row
            ? ToAcknowledgement(row)
            : null;

    public IReadOnlyList<Acknowledgement> AcknowledgementsFor(int userId) =>
        Execute(context => context.Acknowledgements.AsNoTracking().Where(a => a.UserId == userId).AsEnumerable().Select(ToAcknowledgement).ToList());

    public IReadOnlyList<Acknowledgement> AllAcknowledgements() =>
        Execute(context => context.Acknowledgements.AsNoTracking().AsEnumerable().Select(ToAcknowledgement).ToList());

    public void Complete(StepCompletion completion)
    {
        ArgumentNullException.ThrowIfNull(completion);
        var at = completion.At.ToUniversalTime();
        Execute(context => context.Database.ExecuteSql($"""
            INSERT INTO onboarding_completions (user_id, step_key, at) VALUES ({completion.UserId}, {completion.StepKey}, {at})
            ON CONFLICT (user_id, step_key) DO UPDATE SET at = EXCLUDED.at
            """));
    }

    public IReadOnlyList<StepCompletion> CompletionsFor(int userId) =>
        Execute(context => context.Completions.AsNoTracking().Where(c => c.UserId == userId).AsEnumerable()
            .Select(c => new StepCompletion(c.UserId, c.StepKey, c.At)).ToList());

    public void AddAttempt(CheckAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        Execute(context =>
        {
            context.Attempts.Add(new AttemptRow
            {
                UserId = attempt.UserId,
                CheckKey = attempt.CheckKey,
                Chosen = [.. attempt.Chosen],
                IsCorrect = attempt.IsCorrect,
                At = attempt.At.ToUniversalTime(),
            });
            return context.SaveChanges();
        });
    }

    public IReadOnlyList<CheckAttempt> AttemptsFor(int userId) =>
        Execute(context => context.Attempts.AsNoTracking().Where(a => a.UserId == userId).OrderBy(a => a.Id).AsEnumerable().Select(ToAttempt).ToList());

    public IReadOnlyList<CheckAttempt> AllAttempts() =>
        Execute(context => context.Attempts.AsNoTracking().OrderBy(a => a.Id).AsEnumerable().Select(ToAttempt).ToList());

    public void RecordMinorEdit(string documentId, string fromHash, string toHash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        if (fromHash == toHash)
        {
            return;
        }

        Execute(context => context.Database.ExecuteSql($"""
            INSERT INTO onboarding_minor_edits (document_id, to_hash, from_hash) VALUES ({documentId}, {toHash}, {fromHash})
            ON CONFLICT (document_id, to_hash) DO UPDATE SET from_hash = EXCLUDED.from_hash
            """));
    }

    public IReadOnlySet<string> EquivalentHashes(string documentId, string hash)
    {
        var hashes = new HashSet<string>(StringComparer.Ordinal) { hash };
        using var context = contexts.CreateDbContext();
        var current = hash;
        while (context.MinorEdits.AsNoTracking().FirstOrDefault(e => e.DocumentId == documentId && e.ToHash == current) is { } edit && hashes.Add(edit.FromHash))
        {
            current = edit.FromHash;
        }

        return hashes;
    }

    private T Execute<T>(Func<KnowledgeBaseDbContext, T> call)
    {
        using var context = contexts.CreateDbContext();
        return call(context);
    }

    private static PathAssignment ToAssignment(AssignmentRow row) => new(row.UserId, row.PathId, row.AssignedById, row.AssignedByName, row.At);

    private static Acknowledgement ToAcknowledgement(AcknowledgementRow row) => new(row.UserId, row.DocumentId, row.ContentHash, row.Snapshot, row.At);

    private static CheckAttempt ToAttempt(AttemptRow row) => new(row.UserId, row.CheckKey, row.Chosen, row.IsCorrect, row.At);
}
