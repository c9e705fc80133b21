using KnowledgeBase.Content.Onboarding;

namespace KnowledgeBase.Storage.Onboarding;

/// <summary>One user's progress through one learning path.</summary>
public sealed record PathProgress(LearningPath Path, IReadOnlyList<StepProgress> Steps, PathAssignment? Assignment)
{
    public int Done => Steps.Count(s => s.IsDone);

    public int Total => Steps.Count;

    public int Percent => Total == 0 ? 100 : Done * 100 / Total;

    public bool IsComplete => Done == Total;

    /// <summary>The first step not done (a re-read counts), or null when the path is complete.</summary>
    public StepProgress? Next => Steps.FirstOrDefault(s => !s.IsDone);
}
