using KnowledgeBase.Content.Model;
using KnowledgeBase.Storage.Accounts;

namespace KnowledgeBase.Storage.Onboarding;

/// <summary>Someone acknowledged an SOP that has since changed materially, and has not re-read it.</summary>
public sealed record OutdatedAcknowledgement(UserAccount User, ContentDocument Document, Acknowledgement Acknowledgement);
