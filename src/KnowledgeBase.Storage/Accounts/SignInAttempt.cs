namespace KnowledgeBase.Storage.Accounts;

/// <summary>
/// Where a sign-in comes from: the client's address (for the audit log), and the account id a
/// trusted-device cookie vouches for, if the browser has one (it signed in to that account before).
/// </summary>
public sealed record SignInAttempt(string? ClientAddress = null, int? TrustedDeviceUserId = null);
