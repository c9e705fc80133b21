namespace KnowledgeBase.Storage.Accounts;

/// <summary>
/// A local account: who signs in, with which role, and the profile templates print for <c>agent.*</c>.
/// <see cref="Id"/> is 0 until <see cref="UserStore.Create"/> assigns one.
/// </summary>
public sealed record UserAccount
{
    public int Id { get; init; }

    /// <summary>Unique, compared without regard to case.</summary>
    public required string UserName { get; init; }

    public string? DisplayName { get; init; }

    public string? Email { get; init; }

    public string? Signature { get; init; }

    /// <summary>Language codes (<c>en</c>, <c>de</c>…) in order of preference.</summary>
    public IReadOnlyList<string> PreferredLanguages { get; init; } = [];

    public UserRole Role { get; init; } = UserRole.Agent;

    public bool IsDisabled { get; init; }

    /// <summary>The ASP.NET Core <c>PasswordHasher</c> output; never the password itself.</summary>
    public string PasswordHash { get; init; } = string.Empty;

    /// <summary>Failed sign-ins since the last successful one (or the last lockout).</summary>
    public int FailedSignIns { get; init; }

    /// <summary>Sign-in is refused until this moment.</summary>
    public DateTimeOffset? LockedUntil { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>
    /// The password was set by someone else (an admin's reset, <c>kb users reset-password</c>), so two
    /// people know it: its owner must choose a new one before doing anything else.
    /// </summary>
    public bool MustChangePassword { get; init; }

    /// <summary>
    /// Changes whenever existing sessions must end (sign-out, a new password, a role change,
    /// disabling); sign-in cookies carry the stamp they were issued with and stop working when it
    /// differs. Empty for accounts stored before stamps existed.
    /// </summary>
    public string SecurityStamp { get; init; } = string.Empty;

    /// <summary>The display name, else the user name: what the top bar and lists show.</summary>
    public string Name => string.IsNullOrWhiteSpace(DisplayName) ? UserName : DisplayName;

    /// <summary>The form user names are compared (and indexed) in.</summary>
    public static string Normalize(string userName)
    {
        ArgumentNullException.ThrowIfNull(userName);
        return userName.Trim().ToUpperInvariant();
    }
}
