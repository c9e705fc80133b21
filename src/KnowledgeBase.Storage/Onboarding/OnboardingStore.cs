using LiteDB;

namespace KnowledgeBase.Storage.Onboarding;

/// <summary>
/// Onboarding records in LiteDB: path assignments, acknowledgements (the latest per user and SOP),
/// practise completions, check attempts, and minor edits (which hash an edit saved as minor came
/// from). Mapped by hand like <see cref="Accounts.UserStore"/>. Thread-safe.
/// </summary>
public sealed class OnboardingStore
{
    private readonly ILiteCollection<BsonDocument> _assignments;
    private readonly ILiteCollection<BsonDocument> _acknowledgements;
    private readonly ILiteCollection<BsonDocument> _completions;
    private readonly ILiteCollection<BsonDocument> _attempts;
    private readonly ILiteCollection<BsonDocument> _minorEdits;

    public OnboardingStore(KnowledgeBaseDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _assignments = database.Database.GetCollection("onboarding_assignments");
        _acknowledgements = database.Database.GetCollection("onboarding_acknowledgements");
        _completions = database.Database.GetCollection("onboarding_completions");
        _attempts = database.Database.GetCollection("onboarding_attempts", BsonAutoId.Int64);
        _minorEdits = database.Database.GetCollection("onboarding_minor_edits");
        _assignments.EnsureIndex("userId");
        _acknowledgements.EnsureIndex("userId");
        _completions.EnsureIndex("userId");
        _attempts.EnsureIndex("userId");
    }

    public void Assign(PathAssignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        _assignments.Upsert(new BsonDocument
        {
            ["_id"] = Key(assignment.UserId, assignment.PathId),
            ["userId"] = assignment.UserId,
            ["pathId"] = assignment.PathId,
            ["byId"] = assignment.AssignedById is { } by ? by : BsonValue.Null,
            ["byName"] = assignment.AssignedByName,
            ["at"] = assignment.At.UtcDateTime,
        });
    }

    public bool Unassign(int userId, string pathId) => _assignments.Delete(Key(userId, pathId));

    public IReadOnlyList<PathAssignment> AssignmentsFor(int userId) => [.. _assignments.Find(Query.EQ("userId", userId)).Select(ToAssignment).OrderBy(a => a.At)];

    public IReadOnlyList<PathAssignment> AllAssignments() => [.. _assignments.FindAll().Select(ToAssignment).OrderBy(a => a.At)];

    /// <summary>Stores the acknowledgement, replacing the user's earlier one for the same SOP.</summary>
    public void Acknowledge(Acknowledgement acknowledgement)
    {
        ArgumentNullException.ThrowIfNull(acknowledgement);
        _acknowledgements.Upsert(new BsonDocument
        {
            ["_id"] = Key(acknowledgement.UserId, acknowledgement.DocumentId),
            ["userId"] = acknowledgement.UserId,
            ["documentId"] = acknowledgement.DocumentId,
            ["hash"] = acknowledgement.ContentHash,
            ["snapshot"] = acknowledgement.Snapshot,
            ["at"] = acknowledgement.At.UtcDateTime,
        });
    }

    public Acknowledgement? FindAcknowledgement(int userId, string documentId) =>
        _acknowledgements.FindById(Key(userId, documentId)) is { } document ? ToAcknowledgement(document) : null;

    public IReadOnlyList<Acknowledgement> AcknowledgementsFor(int userId) => [.. _acknowledgements.Find(Query.EQ("userId", userId)).Select(ToAcknowledgement)];

    public IReadOnlyList<Acknowledgement> AllAcknowledgements() => [.. _acknowledgements.FindAll().Select(ToAcknowledgement)];

    public void Complete(StepCompletion completion)
    {
        ArgumentNullException.ThrowIfNull(completion);
        _completions.Upsert(new BsonDocument
        {
            ["_id"] = Key(completion.UserId, completion.StepKey),
            ["userId"] = completion.UserId,
            ["step"] = completion.StepKey,
            ["at"] = completion.At.UtcDateTime,
        });
    }

    public IReadOnlyList<StepCompletion> CompletionsFor(int userId) =>
        [.. _completions.Find(Query.EQ("userId", userId)).Select(d => new StepCompletion(d["userId"].AsInt32, d["step"].AsString, Utc(d["at"])))];

    public void AddAttempt(CheckAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        _attempts.Insert(new BsonDocument
        {
            ["userId"] = attempt.UserId,
            ["check"] = attempt.CheckKey,
            ["chosen"] = new BsonArray(attempt.Chosen.Select(c => new BsonValue(c))),
            ["correct"] = attempt.IsCorrect,
            ["at"] = attempt.At.UtcDateTime,
        });
    }

    /// <summary>The user's attempts, oldest first (by insertion: several can share a clock tick).</summary>
    public IReadOnlyList<CheckAttempt> AttemptsFor(int userId) => [.. _attempts.Find(Query.EQ("userId", userId)).OrderBy(d => d["_id"].AsInt64).Select(ToAttempt)];

    /// <summary>Everyone's attempts, oldest first.</summary>
    public IReadOnlyList<CheckAttempt> AllAttempts() => [.. _attempts.FindAll().OrderBy(d => d["_id"].AsInt64).Select(ToAttempt)];

    /// <summary>Remembers that the document's text with <paramref name="toHash"/> is a minor edit of <paramref name="fromHash"/>.</summary>
    public void RecordMinorEdit(string documentId, string fromHash, string toHash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        if (fromHash == toHash)
        {
            return;
        }

        _minorEdits.Upsert(new BsonDocument { ["_id"] = Key(documentId, toHash), ["from"] = fromHash });
    }

    /// <summary>
    /// The hashes that count as the same as <paramref name="hash"/> for readers: itself, and every
    /// earlier version reached through an unbroken chain of minor edits.
    /// </summary>
    public IReadOnlySet<string> EquivalentHashes(string documentId, string hash)
    {
        var hashes = new HashSet<string>(StringComparer.Ordinal) { hash };
        var current = hash;
        while (_minorEdits.FindById(Key(documentId, current)) is { } edit && hashes.Add(edit["from"].AsString))
        {
            current = edit["from"].AsString;
        }

        return hashes;
    }

    private static string Key(int userId, string value) => $"{userId}|{value}";

    private static string Key(string documentId, string hash) => $"{documentId}|{hash}";

    private static PathAssignment ToAssignment(BsonDocument d) =>
        new(d["userId"].AsInt32, d["pathId"].AsString, d["byId"].IsNull ? null : d["byId"].AsInt32, d["byName"].AsString ?? "", Utc(d["at"]));

    private static Acknowledgement ToAcknowledgement(BsonDocument d) =>
        new(d["userId"].AsInt32, d["documentId"].AsString, d["hash"].AsString, d["snapshot"].AsString ?? "", Utc(d["at"]));

    private static CheckAttempt ToAttempt(BsonDocument d) =>
        new(d["userId"].AsInt32, d["check"].AsString, [.. d["chosen"].AsArray.Select(v => v.AsInt32)], d["correct"].AsBoolean, Utc(d["at"]));

    // LiteDB hands dates back in local time unless told otherwise; stored values are UTC.
    private static DateTimeOffset Utc(BsonValue value) => new(value.AsDateTime.ToUniversalTime(), TimeSpan.Zero);
}
