using KnowledgeBase.Content.Onboarding;

namespace KnowledgeBase.Storage.Onboarding;

/// <summary>One step of a path for one user: what it is called and whether it is done.</summary>
public sealed record StepProgress(PathStep Step, string Title, StepState State)
{
    public bool IsDone => State == StepState.Done;
}
