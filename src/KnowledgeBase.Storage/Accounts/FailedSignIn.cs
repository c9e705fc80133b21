namespace KnowledgeBase.Storage.Accounts;

/// <summary>The account after a failed sign-in was counted, and whether that failure locked it.</summary>
public sealed record FailedSignIn(UserAccount Account, bool LockedNow);
