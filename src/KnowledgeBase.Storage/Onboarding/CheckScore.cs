using KnowledgeBase.Content.Onboarding;

namespace KnowledgeBase.Storage.Onboarding;

/// <summary>How people did on one question: a low first-try score points at a confusing SOP.</summary>
/// <param name="People">How many people answered it at least once.</param>
/// <param name="FirstTryCorrect">How many of them were right the first time.</param>
public sealed record CheckScore(KnowledgeCheck Check, int People, int FirstTryCorrect, int Attempts)
{
    public int FirstTryPercent => People == 0 ? 0 : FirstTryCorrect * 100 / People;
}
