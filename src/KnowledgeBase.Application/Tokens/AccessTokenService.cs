using System.Globalization;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Audit;
using KnowledgeBase.Storage.Tokens;

namespace KnowledgeBase.Application.Tokens;

/// <summary>
/// Personal access tokens for the REST API: made (the secret shown once), listed, revoked (both in
/// the audit log), and checked on every API request. A token acts for its account as the account is
/// now: a changed role applies at once, a disabled account's tokens stop working, and re-enabling
/// brings them back unless they expired or were revoked. Thread-safe.
/// </summary>
public sealed class AccessTokenService(IAccessTokenStore tokens, IUserStore users, IAuditStore audit, TimeProvider time)
{
    public const int MaxNameLength = 100;

    /// <summary>Ten years: longer is "never", which is what leaving the expiry out says.</summary>
    public const int MaxExpiryDays = 3650;

    /// <summary>
    /// Last use is stored to this resolution: a token used many times a minute (search as you type)
    /// writes at most once a minute, so reads do not turn into writes.
    /// </summary>
    public static readonly TimeSpan LastUseResolution = TimeSpan.FromMinutes(1);

    /// <summary>Makes a token for <paramref name="userId"/>; the returned secret is not stored anywhere.</summary>
    /// <exception cref="AccountException">No such (enabled) user, a missing or too long name, an expiry out of range.</exception>
    public CreatedAccessToken Create(int userId, string name, int? expiresInDays, AuditActor by)
    {
        ArgumentNullException.ThrowIfNull(by);
        var cleanName = name?.Trim() ?? string.Empty;
        if (cleanName.Length == 0)
        {
            throw new AccountException("Give the token a name, e.g. the help desk it is for.");
        }

        if (cleanName.Length > MaxNameLength)
        {
            throw new AccountException($"A token name has at most {MaxNameLength} characters.");
        }

        if (expiresInDays is < 1 or > MaxExpiryDays)
        {
            throw new AccountException($"A token expires after 1 to {MaxExpiryDays} days, or never (leave the expiry out).");
        }

        var user = users.FindById(userId) ?? throw new AccountException("There is no such user.");
        if (user.IsDisabled)
        {
            throw new AccountException($"{user.UserName} is disabled; a token for it would not work.");
        }

        var now = time.GetUtcNow();
        var secret = AccessTokenSecret.New();
        var token = tokens.Create(new AccessToken(user.Id, cleanName, AccessTokenSecret.Hash(secret), AccessTokenSecret.DisplayPrefix(secret), now,
            expiresInDays is { } days ? now.AddDays(days) : null));
        var expiry = token.ExpiresAt is { } expires ? "expires " + expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "no expiry";
        audit.Record(now, AuditEventType.TokenCreated, by, user.Id, user.UserName, $"token {token.Id} \"{token.Name}\" ({token.Prefix}…, {expiry})");
        return new CreatedAccessToken(token, secret);
    }

    /// <summary>One user's tokens, or everyone's; newest first, revoked ones included (marked).</summary>
    public IReadOnlyList<AccessToken> List(int? userId = null) => tokens.List(userId);

    /// <summary>Revokes a token for good. With <paramref name="ownerId"/>, only that user's own tokens may be revoked.</summary>
    /// <exception cref="AccountException">No such token (or not the owner's), or it is already revoked.</exception>
    public AccessToken Revoke(int tokenId, AuditActor by, int? ownerId = null)
    {
        ArgumentNullException.ThrowIfNull(by);
        var token = tokens.FindById(tokenId);
        if (token is null || (ownerId is { } owner && token.UserId != owner))
        {
            throw new AccountException($"There is no access token {tokenId}.");
        }

        var now = time.GetUtcNow();
        if (!tokens.Revoke(tokenId, now))
        {
            throw new AccountException($"Access token {tokenId} is already revoked.");
        }

        var user = users.FindById(token.UserId);
        audit.Record(now, AuditEventType.TokenRevoked, by, token.UserId, user?.UserName, $"token {token.Id} \"{token.Name}\" ({token.Prefix}…)");
        return token with { RevokedAt = now };
    }

    /// <summary>
    /// Checks a presented token and returns the account it acts for, read fresh from the store.
    /// Records the use (see <see cref="LastUseResolution"/>).
    /// </summary>
    public AccessTokenCheck Authenticate(string? presented)
    {
        if (!AccessTokenSecret.HasTokenShape(presented))
        {
            return AccessTokenCheck.Fail("The access token is not valid: a token is kb_ followed by 43 characters, as shown when it was made.");
        }

        var token = tokens.FindByHash(AccessTokenSecret.Hash(presented!));
        var now = time.GetUtcNow();
        var user = token is null ? null : users.FindById(token.UserId);
        if (token is null || user is null)
        {
            return AccessTokenCheck.Fail("The access token is not valid (unknown token).");
        }

        if (Refusal(token, user, now) is { } refusal)
        {
            return AccessTokenCheck.Fail(refusal);
        }

        if (token.LastUsedAt is not { } last || now - last >= LastUseResolution)
        {
            tokens.Touch(token.Id, now);
            token = token with { LastUsedAt = now };
        }

        return new AccessTokenCheck(user, token, null);
    }

    private static string? Refusal(AccessToken token, UserAccount user, DateTimeOffset now) =>
        token.IsRevoked ? "The access token has been revoked."
        : token.IsExpired(now) ? "The access token has expired."
        : user.IsDisabled ? "The account of this access token is disabled."
        : null;
}
