namespace KnowledgeBase.Storage.Onboarding;

/// <summary>A learning path a lead gave a user to follow.</summary>
public sealed record PathAssignment(int UserId, string PathId, int? AssignedById, string AssignedByName, DateTimeOffset At);
