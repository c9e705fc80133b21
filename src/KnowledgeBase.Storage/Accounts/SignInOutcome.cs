namespace KnowledgeBase.Storage.Accounts;

/// <summary>The result of <see cref="AccountService.CheckPassword"/>; <see cref="User"/> is set only on success.</summary>
public sealed record SignInOutcome(SignInStatus Status, UserAccount? User = null, DateTimeOffset? LockedUntil = null);
