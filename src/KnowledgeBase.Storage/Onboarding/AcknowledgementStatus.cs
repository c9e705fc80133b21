namespace KnowledgeBase.Storage.Onboarding;

/// <summary>Whether a user has acknowledged the SOP as it reads now.</summary>
public enum AcknowledgementStatus
{
    NotAcknowledged,
    Current,

    /// <summary>Acknowledged an earlier version; the SOP changed materially since.</summary>
    Outdated,
}
