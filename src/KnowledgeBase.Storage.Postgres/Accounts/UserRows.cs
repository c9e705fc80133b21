using KnowledgeBase.Storage.Accounts;

namespace KnowledgeBase.Storage.Postgres.Accounts;

/// <summary>Between <see cref="UserAccount"/> and <see cref="UserRow"/>.</summary>
internal static class UserRows
{
    public static void CopyTo(UserAccount account, UserRow row)
    {
        row.UserName = account.UserName;
        row.NormalizedName = UserAccount.Normalize(account.UserName);
        row.DisplayName = account.DisplayName;
        row.Email = account.Email;
        row.Signature = account.Signature;
        row.PreferredLanguages = [.. account.PreferredLanguages];
        row.Role = account.Role.ToString();
        row.IsDisabled = account.IsDisabled;
        row.PasswordHash = account.PasswordHash ?? string.Empty;
        row.FailedSignIns = account.FailedSignIns;
        row.LockedUntil = account.LockedUntil?.ToUniversalTime();
        row.CreatedAt = account.CreatedAt.ToUniversalTime();
        // Accounts from before stamps (or hashes) existed hold none: stored empty, as LiteDB reads them back.
        row.SecurityStamp = account.SecurityStamp ?? string.Empty;
        row.MustChangePassword = account.MustChangePassword;
        row.ExternalLogin = account.ExternalLogin;
    }

    public static UserAccount ToAccount(UserRow row) => new()
    {
        Id = row.Id,
        UserName = row.UserName,
        DisplayName = row.DisplayName,
        Email = row.Email,
        Signature = row.Signature,
        PreferredLanguages = row.PreferredLanguages,
        Role = Enum.TryParse<UserRole>(row.Role, out var role) ? role : UserRole.Agent,
        IsDisabled = row.IsDisabled,
        PasswordHash = row.PasswordHash,
        FailedSignIns = row.FailedSignIns,
        LockedUntil = row.LockedUntil,
        CreatedAt = row.CreatedAt,
        SecurityStamp = row.SecurityStamp,
        MustChangePassword = row.MustChangePassword,
        ExternalLogin = row.ExternalLogin,
    };
}
