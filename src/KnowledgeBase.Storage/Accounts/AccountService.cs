using Microsoft.AspNetCore.Identity;

namespace KnowledgeBase.Storage.Accounts;

/// <summary>
/// The rules around accounts: hashed passwords, lockout after repeated failures, first-run setup,
/// and never leaving the app without an active admin. Callers check who may ask (the web app's
/// Admin policy); this class checks what may be done. Thread-safe.
/// </summary>
public sealed class AccountService(UserStore users, TimeProvider time, AccountOptions options)
{
    private readonly PasswordHasher<UserAccount> _hasher = new();

    // Checks that read several accounts before writing one ("is this the last admin?", "is this the first user?").
    private readonly Lock _gate = new();

    public UserStore Users => users;

    public AccountOptions Options => options;

    /// <summary>Checks a password, counting failures and locking the account after too many.</summary>
    public SignInOutcome CheckPassword(string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentNullException.ThrowIfNull(password);
        lock (_gate)
        {
            var user = users.FindByName(userName);
            if (user is null)
            {
                return new SignInOutcome(SignInStatus.Failed);
            }

            var now = time.GetUtcNow();
            if (user.LockedUntil is { } until && until > now)
            {
                return new SignInOutcome(SignInStatus.LockedOut, LockedUntil: until);
            }

            var verified = user.PasswordHash.Length == 0
                ? PasswordVerificationResult.Failed
                : _hasher.VerifyHashedPassword(user, user.PasswordHash, password);
            if (verified == PasswordVerificationResult.Failed)
            {
                var failures = user.FailedSignIns + 1;
                if (failures >= options.MaxFailedSignIns)
                {
                    var lockedUntil = now + options.LockoutDuration;
                    users.Update(user with { FailedSignIns = 0, LockedUntil = lockedUntil });
                    return new SignInOutcome(SignInStatus.LockedOut, LockedUntil: lockedUntil);
                }

                users.Update(user with { FailedSignIns = failures });
                return new SignInOutcome(SignInStatus.Failed);
            }

            var signedIn = user with
            {
                FailedSignIns = 0,
                LockedUntil = null,
                PasswordHash = verified == PasswordVerificationResult.SuccessRehashNeeded ? _hasher.HashPassword(user, password) : user.PasswordHash,
            };
            users.Update(signedIn);

            // A disabled account learns nothing more than a wrong password would tell it.
            return signedIn.IsDisabled ? new SignInOutcome(SignInStatus.Failed) : new SignInOutcome(SignInStatus.Succeeded, signedIn);
        }
    }

    /// <summary>Creates the first account, an Admin; null once any account exists.</summary>
    public UserAccount? CreateFirstAdmin(string userName, string password, string? displayName = null, string? email = null)
    {
        lock (_gate)
        {
            return users.Any() ? null : AddUserCore(new NewUser(userName, password, UserRole.Admin, displayName, email));
        }
    }

    /// <exception cref="AccountException">Name missing or taken, or password too short.</exception>
    public UserAccount AddUser(NewUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        lock (_gate)
        {
            return AddUserCore(user);
        }
    }

    /// <exception cref="AccountException">Disabling the last active admin.</exception>
    public UserAccount SetDisabled(int userId, bool disabled)
    {
        lock (_gate)
        {
            var user = Find(userId);
            if (disabled && IsLastActiveAdmin(user))
            {
                throw new AccountException($"{user.UserName} is the last active admin and cannot be disabled.");
            }

            return Save(user with { IsDisabled = disabled });
        }
    }

    /// <exception cref="AccountException">Demoting the last active admin.</exception>
    public UserAccount ChangeRole(int userId, UserRole role)
    {
        lock (_gate)
        {
            var user = Find(userId);
            if (role != UserRole.Admin && IsLastActiveAdmin(user))
            {
                throw new AccountException($"{user.UserName} is the last active admin and must stay an admin.");
            }

            return Save(user with { Role = role });
        }
    }

    /// <summary>Sets a new password and lifts any lockout.</summary>
    public UserAccount SetPassword(int userId, string password)
    {
        lock (_gate)
        {
            var user = Find(userId);
            CheckPasswordRule(password);
            return Save(user with { PasswordHash = _hasher.HashPassword(user, password), FailedSignIns = 0, LockedUntil = null });
        }
    }

    /// <summary>Saves what a user edits about themselves; blank values are stored as none.</summary>
    public UserAccount UpdateProfile(int userId, UserProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        lock (_gate)
        {
            var user = Find(userId);
            return Save(user with
            {
                DisplayName = Clean(profile.DisplayName),
                Email = Clean(profile.Email),
                Signature = Clean(profile.Signature),
                PreferredLanguages = [.. profile.PreferredLanguages.Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)],
            });
        }
    }

    private UserAccount AddUserCore(NewUser user)
    {
        var name = user.UserName?.Trim() ?? string.Empty;
        if (name.Length == 0 || name.Any(char.IsWhiteSpace))
        {
            throw new AccountException("A user name is required and cannot contain spaces.");
        }

        CheckPasswordRule(user.Password);
        var account = new UserAccount
        {
            UserName = name,
            DisplayName = Clean(user.DisplayName),
            Email = Clean(user.Email),
            Role = user.Role,
            CreatedAt = time.GetUtcNow(),
        };
        return users.Create(account with { PasswordHash = _hasher.HashPassword(account, user.Password) });
    }

    private void CheckPasswordRule(string? password)
    {
        if (password is null || password.Length < options.MinimumPasswordLength)
        {
            throw new AccountException($"The password must be at least {options.MinimumPasswordLength} characters long.");
        }
    }

    private bool IsLastActiveAdmin(UserAccount user) =>
        user is { Role: UserRole.Admin, IsDisabled: false }
        && users.List().Count(u => u is { Role: UserRole.Admin, IsDisabled: false }) == 1;

    private UserAccount Find(int userId) => users.FindById(userId) ?? throw new AccountException("There is no such user.");

    private UserAccount Save(UserAccount user)
    {
        users.Update(user);
        return user;
    }

    private static string? Clean(string? value)
    {
        var normalized = value?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        return string.IsNullOrEmpty(normalized) ? null : normalized;
    }
}
