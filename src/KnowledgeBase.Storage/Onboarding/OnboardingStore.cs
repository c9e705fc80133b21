using LiteDB;

namespace KnowledgeBase.Storage.Onboarding;

/// <summary>
/// Onboarding records in LiteDB: path assignments, acknowledgements (the latest per user and SOP),
/// practise completions, check attempts, and minor edits (which hash an edit saved as minor came
/// from). Mapped by hand like <see cref="Accounts.UserStore"/>. Thread-safe.
/// </summary>
public sealed class OnboardingStore : IOnboardingStore
{
    private const string Assignments = "onboarding_assignments";
    private const string Acknowledgements = "onboarding_acknowledgements";
    private const string Completions = "onboarding_completions";
    private const string Attempts = "onboarding_attempts";
    private const string MinorEdits = "onboarding_minor_edits";
    private readonly KnowledgeBaseDatabase _database;

    public OnboardingStore(KnowledgeBaseDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        foreach (var name in (string[])[Assignments, Acknowledgements, Completions, Attempts])
        {
            In(name, collection => collection.EnsureIndex("userId"));
        }
    }

    public void Assign(PathAssignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        In(Assignments, c => c.Upsert(new BsonDocument
        {
            ["_id"] = Key(assignment.UserId, assignment.PathId),
            ["userId"] = assignment.UserId,
            ["pathId"] = assignment.PathId,
            ["byId"] = assignment.AssignedById is { } by ? by : BsonValue.Null,
            ["byName"] = assignment.AssignedByName,
            ["at"] = assignment.At.UtcDateTime,
        }));
    }

    public bool Unassign(int userId, string pathId) => In(Assignments, c => c.Delete(Key(userId, pathId)));

    public IReadOnlyList<PathAssignment> AssignmentsFor(int userId) => [.. ForUser(Assignments, userId).Select(ToAssignment).OrderBy(a => a.At)];

    public IReadOnlyList<PathAssignment> AllAssignments() => [.. All(Assignments).Select(ToAssignment).OrderBy(a => a.At)];

    /// <summary>Stores the acknowledgement, replacing the user's earlier one for the same SOP.</summary>
    public void Acknowledge(Acknowledgement acknowledgement)
    {
        ArgumentNullException.ThrowIfNull(acknowledgement);
        In(Acknowledgements, c => c.Upsert(new BsonDocument
        {
            ["_id"] = Key(acknowledgement.UserId, acknowledgement.DocumentId),
            ["userId"] = acknowledgement.UserId,
            ["documentId"] = acknowledgement.DocumentId,
            ["hash"] = acknowledgement.ContentHash,
            ["snapshot"] = acknowledgement.Snapshot,
            ["at"] = acknowledgement.At.UtcDateTime,
        }));
    }

    public Acknowledgement? FindAcknowledgement(int userId, string documentId) =>
        In(Acknowledgements, c => c.FindById(Key(userId, documentId))) is { } document ? ToAcknowledgement(document) : null;

    public IReadOnlyList<Acknowledgement> AcknowledgementsFor(int userId) => [.. ForUser(Acknowledgements, userId).Select(ToAcknowledgement)];

    public IReadOnlyList<Acknowledgement> AllAcknowledgements() => [.. All(Acknowledgements).Select(ToAcknowledgement)];

    public void Complete(StepCompletion completion)
    {
        ArgumentNullException.ThrowIfNull(completion);
        In(Completions, c => c.Upsert(new BsonDocument
        {
            ["_id"] = Key(completion.UserId, completion.StepKey),
            ["userId"] = completion.UserId,
            ["step"] = completion.StepKey,
            ["at"] = completion.At.UtcDateTime,
        }));
    }

    public IReadOnlyList<StepCompletion> CompletionsFor(int userId) =>
        [.. ForUser(Completions, userId).Select(d => new StepCompletion(d["userId"].AsInt32, d["step"].AsString, Utc(d["at"])))];

    public void AddAttempt(CheckAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        In(Attempts, c => c.Insert(new BsonDocument
        {
            ["userId"] = attempt.UserId,
            ["check"] = attempt.CheckKey,
            ["chosen"] = new BsonArray(attempt.Chosen.Select(c => new BsonValue(c))),
            ["correct"] = attempt.IsCorrect,
            ["at"] = attempt.At.UtcDateTime,
        }));
    }

    /// <summary>The user's attempts, oldest first (by insertion: several can share a clock tick).</summary>
    public IReadOnlyList<CheckAttempt> AttemptsFor(int userId) => [.. ForUser(Attempts, userId).OrderBy(d => d["_id"].AsInt64).Select(ToAttempt)];

    /// <summary>Everyone's attempts, oldest first.</summary>
    public IReadOnlyList<CheckAttempt> AllAttempts() => [.. All(Attempts).OrderBy(d => d["_id"].AsInt64).Select(ToAttempt)];

    /// <summary>Remembers that the document's text with <paramref name="toHash"/> is a minor edit of <paramref name="fromHash"/>.</summary>
    public void RecordMinorEdit(string documentId, string fromHash, string toHash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        if (fromHash == toHash)
        {
            return;
        }

        In(MinorEdits, c => c.Upsert(new BsonDocument { ["_id"] = Key(documentId, toHash), ["from"] = fromHash }));
    }

    /// <summary>
    /// The hashes that count as the same as <paramref name="hash"/> for readers: itself, and every
    /// earlier version reached through an unbroken chain of minor edits.
    /// </summary>
    public IReadOnlySet<string> EquivalentHashes(string documentId, string hash)
    {
        var hashes = new HashSet<string>(StringComparer.Ordinal) { hash };
        var current = hash;
        while (In(MinorEdits, c => c.FindById(Key(documentId, current))) is { } edit && hashes.Add(edit["from"].AsString))
        {
            current = edit["from"].AsString;
        }

        return hashes;
    }

    private T In<T>(string collection, Func<ILiteCollection<BsonDocument>, T> call) =>
        _database.Use(database => call(database.GetCollection(collection, collection == Attempts ? BsonAutoId.Int64 : BsonAutoId.ObjectId)));

    private List<BsonDocument> ForUser(string collection, int userId) => In(collection, c => c.Find(Query.EQ("userId", userId)).ToList());

    private List<BsonDocument> All(string collection) => In(collection, c => c.FindAll().ToList());

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
