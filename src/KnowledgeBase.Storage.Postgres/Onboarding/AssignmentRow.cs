namespace KnowledgeBase.Storage.Postgres.Onboarding;

/// <summary>A row of <c>onboarding_assignments</c>: a learning path given to a user (one per user and path).</summary>
internal sealed class AssignmentRow
{
    public int UserId { get; set; }

    public string PathId { get; set; } = string.Empty;

    public int? AssignedById { get; set; }

    public string AssignedByName { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }
}
