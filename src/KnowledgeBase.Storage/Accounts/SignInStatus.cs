namespace KnowledgeBase.Storage.Accounts;

/// <summary>How a password check ended.</summary>
public enum SignInStatus
{
    Succeeded,

    /// <summary>Unknown name, wrong password or disabled account: deliberately not told apart.</summary>
    Failed,

    /// <summary>Too many failures; no password is checked until the lockout ends.</summary>
    LockedOut,
}
