namespace KnowledgeBase.Content.Onboarding;

/// <summary>What a learning-path step asks the new hire to do.</summary>
public enum StepKind
{
    /// <summary>Read an SOP (optionally one section) and acknowledge it.</summary>
    Read,

    /// <summary>Fill a reply template for a described scenario.</summary>
    Practise,

    /// <summary>Answer a knowledge check.</summary>
    Check,
}
