namespace KnowledgeBase.Storage.Onboarding;

/// <summary>One answer to a knowledge check: the option indexes chosen and whether that passed.</summary>
public sealed record CheckAttempt(int UserId, string CheckKey, IReadOnlyList<int> Chosen, bool IsCorrect, DateTimeOffset At);
