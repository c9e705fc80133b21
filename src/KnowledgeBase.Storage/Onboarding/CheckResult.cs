using KnowledgeBase.Content.Onboarding;

namespace KnowledgeBase.Storage.Onboarding;

/// <summary>The outcome of answering a check, with the check for its explanation.</summary>
public sealed record CheckResult(KnowledgeCheck Check, IReadOnlyList<int> Chosen, bool IsCorrect);
