namespace KnowledgeBase.Content.Onboarding;

/// <summary>
/// A multiple-choice question about one SOP, read from the <c>.checks.yml</c> file beside it.
/// Passed when every correct option is chosen and no wrong one.
/// </summary>
/// <param name="DocumentId">The SOP the check tests, e.g. <c>articles/en/shipping/delivery-times</c>.</param>
/// <param name="Id">Unique within the SOP's checks.</param>
public sealed record KnowledgeCheck(string DocumentId, string Id, string Question, IReadOnlyList<CheckOption> Options, string RelativePath, int Line)
{
    public string? Explanation { get; init; }

    /// <summary>How attempts are stored and steps refer to the check: <c>documentId#checkId</c>.</summary>
    public string Key => KeyOf(DocumentId, Id);

    /// <summary>More than one correct option: offered as checkboxes rather than radio buttons.</summary>
    public bool HasSeveralAnswers => Options.Count(o => o.IsCorrect) > 1;

    public static string KeyOf(string documentId, string checkId) => $"{documentId}#{checkId}";

    /// <summary>True when the chosen option indexes are exactly the correct ones.</summary>
    public bool IsPassedBy(IEnumerable<int> chosen)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        var set = chosen.ToHashSet();
        return Options.Count(o => o.IsCorrect) > 0
            && Options.Select((option, index) => option.IsCorrect == set.Contains(index)).All(match => match)
            && set.All(i => i >= 0 && i < Options.Count);
    }
}
