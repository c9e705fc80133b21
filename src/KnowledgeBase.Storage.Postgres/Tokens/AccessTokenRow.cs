namespace KnowledgeBase.Storage.Postgres.Tokens;

/// <summary>A row of <c>access_tokens</c>.</summary>
internal sealed class AccessTokenRow
{
    public int Id { get; set; }

    public int UserId { get; set; }

    public string Name { get; set; } = string.Empty;

    public string SecretHash { get; set; } = string.Empty;

    public string Prefix { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
