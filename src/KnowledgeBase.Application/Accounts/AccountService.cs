using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Audit;
using Microsoft.AspNetCore.Identity;

namespace KnowledgeBase.Application.Accounts;

/// <summary>
/// The rules around accounts: hashed passwords, lockout after repeated failures, first-run setup,
/// security stamps that end sessions, the audit log of every change, and never leaving the app
/// without an active admin. Callers check who may ask (the web app's Admin policy); this class
/// checks what may be done. Thread-safe.
/// </summary>
public sealed partial class AccountService(IUserStore users, IAuditStore audit, TimeProvider time, AccountOptions options)
{
    private static readonly UserAccount NoUser = new() { UserName = "-" };

    private readonly PasswordHasher<UserAccount> _hasher = new();

    // Verified when the name is unknown, so that an unknown name costs as much time as a known one.
    // Made on first use with the same hasher (same algorithm and iteration count) as real hashes.
    private readonly Lazy<string> _dummyHash = new(() => new PasswordHasher<UserAccount>().HashPassword(NoUser, Guid.NewGuid().ToString("N")));

    // Checks that read several accounts before writing one ("is this the last admin?", "is this the
    // first user?") and read-modify-writes of the failure counter. Never held while hashing.
    private readonly Lock _gate = new();

    /// <summary>
    /// Raised with the account's id after anything about it changed (role, state, stamp, profile):
    /// caches of accounts drop their copy.
    /// </summary>
    public event Action<int>? Changed;

    public IUserStore Users => users;

    public AccountOptions Options => options;

    /// <summary>
    /// Checks a password, counting failures and locking the account after too many. Every call
    /// verifies one hash (a dummy one for an unknown name), so the time taken tells nothing about
    /// whether the name exists or is locked. A lock applies to browsers without a trusted-device
    /// cookie for the account, so whoever guesses cannot lock the owner out of their own browser;
    /// failures from a trusted device are not counted on the account (the web app counts them on
    /// the device).
    /// </summary>
    public SignInOutcome CheckPassword(string userName, string password, SignInAttempt? attempt = null)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentNullException.ThrowIfNull(password);
        attempt ??= new SignInAttempt();
        var user = users.FindByName(userName);
        var verified = _hasher.VerifyHashedPassword(user ?? NoUser, user is { PasswordHash.Length: > 0 } ? user.PasswordHash : _dummyHash.Value, password);
        var now = time.GetUtcNow();
        var actor = new AuditActor(user?.Id, userName.Trim(), attempt.ClientAddress);
        if (user is null)
        {
            audit.Record(now, AuditEventType.SignInFailed, actor, null, userName.Trim(), "unknown user name");
            return new SignInOutcome(SignInStatus.Failed);
        }

        var trusted = attempt.TrustedDeviceUserId == user.Id;
        if (!trusted && user.LockedUntil is { } until && until > now)
        {
            audit.Record(now, AuditEventType.SignInFailed, actor, user.Id, user.UserName, "account locked");
            return new SignInOutcome(SignInStatus.LockedOut, LockedUntil: until);
        }

        if (verified == PasswordVerificationResult.Failed || user.PasswordHash.Length == 0)
        {
            return trusted ? FailedOnTrustedDevice(user, actor, now) : CountFailure(user.Id, actor, now);
        }

        UserAccount signedIn;
        lock (_gate)
        {
            var fresh = users.FindById(user.Id) ?? user;
            var locked = fresh.LockedUntil is { } lockedUntil && lockedUntil > now;

            // The owner signing in on a trusted device leaves a lock against others in place.
            signedIn = fresh with
            {
                FailedSignIns = locked ? fresh.FailedSignIns : 0,
                LockedUntil = locked ? fresh.LockedUntil : null,
                PasswordHash = verified == PasswordVerificationResult.SuccessRehashNeeded ? _hasher.HashPassword(fresh, password) : fresh.PasswordHash,
            };
            users.Update(signedIn);
        }

        // A disabled account learns nothing more than a wrong password would tell it.
        if (signedIn.IsDisabled)
        {
            audit.Record(now, AuditEventType.SignInFailed, actor, user.Id, user.UserName, "account disabled");
            return new SignInOutcome(SignInStatus.Failed);
        }

        audit.Record(now, AuditEventType.SignInSucceeded, actor, user.Id, user.UserName, trusted ? "trusted device" : string.Empty);
        return new SignInOutcome(SignInStatus.Succeeded, signedIn);
    }

    /// <summary>Creates the first account, an Admin; null once any account exists.</summary>
    public UserAccount? CreateFirstAdmin(string userName, string password, string? displayName = null, string? email = null, string? clientAddress = null)
    {
        lock (_gate)
        {
            if (users.Any())
            {
                return null;
            }

            var admin = AddUserCore(new NewUser(userName, password, UserRole.Admin, displayName, email));
            audit.Record(time.GetUtcNow(), AuditEventType.UserAdded, AuditActor.For(admin, clientAddress), admin.Id, admin.UserName, "first admin (setup)");
            return admin;
        }
    }

    /// <exception cref="AccountException">Name missing or taken, or password too short.</exception>
    public UserAccount AddUser(NewUser user, AuditActor? by = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        lock (_gate)
        {
            var added = AddUserCore(user);
            audit.Record(time.GetUtcNow(), AuditEventType.UserAdded, by ?? AuditActor.System, added.Id, added.UserName, $"role {added.Role}");
            return added;
        }
    }

    /// <summary>Disables (ending every session) or enables an account.</summary>
    /// <exception cref="AccountException">Disabling the last active admin.</exception>
    public UserAccount SetDisabled(int userId, bool disabled, AuditActor? by = null)
    {
        var (before, changed) = Change(userId, user =>
        {
            if (disabled && IsLastActiveAdmin(user))
            {
                throw new AccountException($"{user.UserName} is the last active admin and cannot be disabled.");
            }

            return user.IsDisabled == disabled ? user : user with { IsDisabled = disabled, SecurityStamp = NewStamp() };
        });
        if (before.IsDisabled != disabled)
        {
            audit.Record(time.GetUtcNow(), disabled ? AuditEventType.UserDisabled : AuditEventType.UserEnabled, by ?? AuditActor.System, changed.Id, changed.UserName);
        }

        return changed;
    }

    /// <summary>Changes the role; the account's sessions end, so it signs in again with the new role.</summary>
    /// <exception cref="AccountException">Demoting the last active admin.</exception>
    public UserAccount ChangeRole(int userId, UserRole role, AuditActor? by = null)
    {
        var (before, changed) = Change(userId, user =>
        {
            if (role != UserRole.Admin && IsLastActiveAdmin(user))
            {
                throw new AccountException($"{user.UserName} is the last active admin and must stay an admin.");
            }

            return user.Role == role ? user : user with { Role = role, SecurityStamp = NewStamp() };
        });
        if (before.Role != role)
        {
            audit.Record(time.GetUtcNow(), AuditEventType.RoleChanged, by ?? AuditActor.System, changed.Id, changed.UserName, $"{before.Role} → {role}");
        }

        return changed;
    }

    /// <summary>
    /// Sets a new password (an admin's reset, or <c>kb users reset-password</c> when
    /// <paramref name="by"/> is null), lifts any lockout and ends the account's sessions. Set by anyone
    /// but its owner, the password must be changed at the next sign-in.
    /// </summary>
    /// <exception cref="AccountException">The password is too short.</exception>
    public UserAccount SetPassword(int userId, string password, AuditActor? by = null)
    {
        CheckPasswordRule(password);
        var byOwner = by?.UserId == userId;
        var (_, changed) = Change(userId, user => WithPassword(user, password) with { MustChangePassword = !byOwner });
        audit.Record(time.GetUtcNow(), AuditEventType.PasswordChanged, by ?? AuditActor.System, changed.Id, changed.UserName, by?.UserId == userId ? "own password" : "set by another user");
        return changed;
    }

    /// <summary>The user's own change: needs the current password; ends every other session (the caller signs this one in again).</summary>
    /// <exception cref="AccountException">The current password is not right, or the new one is too short.</exception>
    public UserAccount ChangePassword(int userId, string currentPassword, string newPassword, string? clientAddress = null)
    {
        ArgumentNullException.ThrowIfNull(currentPassword);
        CheckPasswordRule(newPassword);
        var user = users.FindById(userId) ?? throw new AccountException("There is no such user.");
        if (user.PasswordHash.Length == 0 || _hasher.VerifyHashedPassword(user, user.PasswordHash, currentPassword) == PasswordVerificationResult.Failed)
        {
            audit.Record(time.GetUtcNow(), AuditEventType.ActionRefused, AuditActor.For(user, clientAddress), user.Id, user.UserName, "password change: current password not right");
            throw new AccountException("The current password is not right.");
        }

        if (user.MustChangePassword && string.Equals(currentPassword, newPassword, StringComparison.Ordinal))
        {
            throw new AccountException("The new password must differ from the one you were given.");
        }

        var (_, changed) = Change(userId, current => WithPassword(current, newPassword) with { MustChangePassword = false });
        audit.Record(time.GetUtcNow(), AuditEventType.PasswordChanged, AuditActor.For(changed, clientAddress), changed.Id, changed.UserName, "own password");
        return changed;
    }

    /// <summary>Signs the account out everywhere: a new security stamp ends every session, copies of the cookie included.</summary>
    public void SignOut(int userId, string? clientAddress = null)
    {
        if (users.FindById(userId) is null)
        {
            return;
        }

        var (_, changed) = Change(userId, user => user with { SecurityStamp = NewStamp() });
        audit.Record(time.GetUtcNow(), AuditEventType.SignedOut, AuditActor.For(changed, clientAddress), changed.Id, changed.UserName);
    }

    /// <summary>Saves what a user edits about themselves; blank values are stored as none.</summary>
    public UserAccount UpdateProfile(int userId, UserProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Change(userId, user => user with
        {
            DisplayName = Clean(profile.DisplayName),
            Email = Clean(profile.Email),
            Signature = Clean(profile.Signature),
            PreferredLanguages = [.. profile.PreferredLanguages.Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)],
        }).After;
    }

    private SignInOutcome CountFailure(int userId, AuditActor actor, DateTimeOffset now)
    {
        // Counted by the store in one step: with PostgreSQL, several web nodes count failures of one account at once.
        var counted = users.CountFailedSignIn(userId, options.MaxFailedSignIns, now + options.LockoutDuration) ?? throw new AccountException("There is no such user.");
        var user = counted.Account;
        DateTimeOffset? lockedUntil = counted.LockedNow ? counted.Account.LockedUntil : null;

        audit.Record(now, AuditEventType.SignInFailed, actor, user.Id, user.UserName, "wrong password");
        if (lockedUntil is null)
        {
            return new SignInOutcome(SignInStatus.Failed);
        }

        audit.Record(now, AuditEventType.LockedOut, actor, user.Id, user.UserName, $"{options.MaxFailedSignIns} failed sign-ins; locked until {lockedUntil:u} for browsers not trusted by this account");
        return new SignInOutcome(SignInStatus.LockedOut, LockedUntil: lockedUntil);
    }

    private SignInOutcome FailedOnTrustedDevice(UserAccount user, AuditActor actor, DateTimeOffset now)
    {
        audit.Record(now, AuditEventType.SignInFailed, actor, user.Id, user.UserName, "wrong password (trusted device)");
        return new SignInOutcome(SignInStatus.Failed, OnTrustedDevice: true);
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
            SecurityStamp = NewStamp(),
        };
        return users.Create(account with { PasswordHash = _hasher.HashPassword(account, user.Password) });
    }

    private UserAccount WithPassword(UserAccount user, string password) =>
        user with { PasswordHash = _hasher.HashPassword(user, password), FailedSignIns = 0, LockedUntil = null, SecurityStamp = NewStamp() };

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

    // Reads, changes and stores one account under the gate, then tells caches.
    private (UserAccount Before, UserAccount After) Change(int userId, Func<UserAccount, UserAccount> change)
    {
        UserAccount before;
        UserAccount after;
        lock (_gate)
        {
            before = users.FindById(userId) ?? throw new AccountException("There is no such user.");
            after = change(before);
            if (!ReferenceEquals(after, before))
            {
                users.Update(after);
            }
        }

        Changed?.Invoke(userId);
        return (before, after);
    }

    private static string NewStamp() => Guid.NewGuid().ToString("N");

    private static string? Clean(string? value)
    {
        var normalized = value?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        return string.IsNullOrEmpty(normalized) ? null : normalized;
    }
}
