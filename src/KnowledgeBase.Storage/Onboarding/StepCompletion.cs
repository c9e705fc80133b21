namespace KnowledgeBase.Storage.Onboarding;

/// <summary>A practise step done: the user produced a complete reply from the template.</summary>
public sealed record StepCompletion(int UserId, string StepKey, DateTimeOffset At);
