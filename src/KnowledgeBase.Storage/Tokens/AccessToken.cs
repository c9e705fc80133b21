namespace KnowledgeBase.Storage.Tokens;

/// <summary>
/// A personal access token for the REST API. Only the SHA-256 hash of its secret is stored; the
/// secret itself is shown once, when it is made. <see cref="Id"/> is 0 until <see cref="AccessTokenStore.Create"/>.
/// </summary>
/// <param name="UserId">The account it acts for, with that account's role at the time of each request.</param>
/// <param name="Name">What the owner called it ("Zendesk sidebar"), to tell tokens apart.</param>
/// <param name="SecretHash">Lower-case hex SHA-256 of the whole token text (<c>kb_…</c>).</param>
/// <param name="Prefix">The token's first characters (<c>kb_AbC1</c>), shown in lists to recognise it.</param>
/// <param name="ExpiresAt">After this moment the token no longer works; null: it does not expire.</param>
public sealed record AccessToken(
    int UserId,
    string Name,
    string SecretHash,
    string Prefix,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt)
{
    public int Id { get; init; }

    /// <summary>When a request last came with it, to the minute; null: never used.</summary>
    public DateTimeOffset? LastUsedAt { get; init; }

    /// <summary>When it was revoked; a revoked token never works again.</summary>
    public DateTimeOffset? RevokedAt { get; init; }

    public bool IsRevoked => RevokedAt is not null;

    public bool IsExpired(DateTimeOffset now) => ExpiresAt is { } expires && expires <= now;
}
