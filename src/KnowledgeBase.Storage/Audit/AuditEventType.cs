namespace KnowledgeBase.Storage.Audit;

/// <summary>
/// What an audit entry records. Stored by name, so the numbers may change but a name must not:
/// add new kinds at the end, and never rename one.
/// </summary>
public enum AuditEventType
{
    SignInSucceeded,

    /// <summary>A wrong password, an unknown name, a disabled or locked account: the detail says which.</summary>
    SignInFailed,

    /// <summary>Too many failed sign-ins: the account is locked for browsers it was never used in.</summary>
    LockedOut,

    /// <summary>Sign-in refused by the per-address rate limit before any password was checked.</summary>
    SignInThrottled,

    /// <summary>Signed out: every session of the account ends.</summary>
    SignedOut,

    UserAdded,

    RoleChanged,

    UserDisabled,

    UserEnabled,

    PasswordChanged,

    /// <summary>A CSV download (insights, team, audit).</summary>
    Exported,

    /// <summary>An action refused because the role or account changed after the page opened.</summary>
    ActionRefused,

    /// <summary>A personal access token for the REST API was made (the detail names it and its expiry).</summary>
    TokenCreated,

    /// <summary>A personal access token was revoked by its owner, an admin or <c>kb tokens revoke</c>.</summary>
    TokenRevoked,
}
