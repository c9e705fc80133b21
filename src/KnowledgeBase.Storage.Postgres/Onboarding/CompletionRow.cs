namespace KnowledgeBase.Storage.Postgres.Onboarding;

/// <summary>A row of <c>onboarding_completions</c>: a practise step done (one per user and step).</summary>
internal sealed class CompletionRow
{
    public int UserId { get; set; }

    public string StepKey { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }
}
