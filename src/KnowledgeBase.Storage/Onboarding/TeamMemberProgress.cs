using KnowledgeBase.Storage.Accounts;

namespace KnowledgeBase.Storage.Onboarding;

/// <summary>A row of the lead's team view: one person on one assigned path.</summary>
public sealed record TeamMemberProgress(UserAccount User, PathProgress Progress);
