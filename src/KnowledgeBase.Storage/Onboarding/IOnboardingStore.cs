namespace KnowledgeBase.Storage.Onboarding;

/// <summary>
/// Onboarding records: path assignments, acknowledgements (the latest per user and SOP), practise
/// completions, check attempts, and minor edits. Thread-safe.
/// </summary>
public interface IOnboardingStore
{
    void Assign(PathAssignment assignment);

    bool Unassign(int userId, string pathId);

    IReadOnlyList<PathAssignment> AssignmentsFor(int userId);

    IReadOnlyList<PathAssignment> AllAssignments();

    /// <summary>Stores the acknowledgement, replacing the user's earlier one for the same SOP.</summary>
    void Acknowledge(Acknowledgement acknowledgement);

    Acknowledgement? FindAcknowledgement(int userId, string documentId);

    IReadOnlyList<Acknowledgement> AcknowledgementsFor(int userId);

    IReadOnlyList<Acknowledgement> AllAcknowledgements();

    void Complete(StepCompletion completion);

    IReadOnlyList<StepCompletion> CompletionsFor(int userId);

    void AddAttempt(CheckAttempt attempt);

    /// <summary>The user's attempts, oldest first (by insertion: several can share a clock tick).</summary>
    IReadOnlyList<CheckAttempt> AttemptsFor(int userId);

    /// <summary>Everyone's attempts, oldest first.</summary>
    IReadOnlyList<CheckAttempt> AllAttempts();

    /// <summary>Remembers that the document's text with <paramref name="toHash"/> is a minor edit of <paramref name="fromHash"/>.</summary>
    void RecordMinorEdit(string documentId, string fromHash, string toHash);

    /// <summary>
    /// The hashes that count as the same as <paramref name="hash"/> for readers: itself, and every
    /// earlier version reached through an unbroken chain of minor edits.
    /// </summary>
    IReadOnlySet<string> EquivalentHashes(string documentId, string hash);
}
