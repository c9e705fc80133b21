namespace KnowledgeBase.Storage.Postgres.Onboarding;

/// <summary>A row of <c>onboarding_attempts</c>: one answer to a knowledge check, in the order given (<see cref="Id"/>).</summary>
internal sealed class AttemptRow
{
    public long Id { get; set; }

    public int UserId { get; set; }

    public string CheckKey { get; set; } = string.Empty;

    public int[] Chosen { get; set; } = [];

    public bool IsCorrect { get; set; }

    public DateTimeOffset At { get; set; }
}
