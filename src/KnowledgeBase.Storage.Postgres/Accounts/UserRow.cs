namespace KnowledgeBase.Storage.Postgres.Accounts;

/// <summary>A row of <c>users</c>: an <see cref="Storage.Accounts.UserAccount"/> as PostgreSQL keeps it.</summary>
internal sealed class UserRow
{
    public int Id { get; set; }

    public string UserName { get; set; } = string.Empty;

    /// <summary>Upper-cased, trimmed: the unique index that keeps names unique in any case, across nodes.</summary>
    public string NormalizedName { get; set; } = string.Empty;

    public string? DisplayName { get; set; }

    public string? Email { get; set; }

    public string? Signature { get; set; }

    public string[] PreferredLanguages { get; set; } = [];

    public string Role { get; set; } = string.Empty;

    public bool IsDisabled { get; set; }

    public string PasswordHash { get; set; } = string.Empty;

    public int FailedSignIns { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string SecurityStamp { get; set; } = string.Empty;

    public bool MustChangePassword { get; set; }

    public string? ExternalLogin { get; set; }
}
