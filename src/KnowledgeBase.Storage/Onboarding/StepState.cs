namespace KnowledgeBase.Storage.Onboarding;

/// <summary>Where a new hire stands on one step.</summary>
public enum StepState
{
    ToDo,
    Done,

    /// <summary>Acknowledged once, but the SOP changed materially since: read it again.</summary>
    NeedsReread,
}
