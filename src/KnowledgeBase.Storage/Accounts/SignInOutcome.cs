namespace KnowledgeBase.Storage.Accounts;

/// <summary>
/// The result of the account service's password check; <see cref="User"/> is set only on success.
/// <see cref="OnTrustedDevice"/>: the attempt came from a browser trusted for the account, so a
/// failure counts against that browser, not the account.
/// </summary>
public sealed record SignInOutcome(SignInStatus Status, UserAccount? User = null, DateTimeOffset? LockedUntil = null, bool OnTrustedDevice = false);
