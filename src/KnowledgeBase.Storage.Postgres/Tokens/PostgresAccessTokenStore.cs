using KnowledgeBase.Storage.Tokens;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Storage.Postgres.Tokens;

/// <summary>Personal access tokens in PostgreSQL's <c>access_tokens</c>; revoking is one conditional <c>UPDATE</c>. Thread-safe.</summary>
public sealed class PostgresAccessTokenStore(IDbContextFactory<KnowledgeBaseDbContext> contexts) : IAccessTokenStore
{
    public AccessToken Create(AccessToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var row = ToRow(token);
        row.Id = 0;
        using var context = contexts.CreateDbContext();
        context.AccessTokens.Add(row);
        context.SaveChanges();
        return token with { Id = row.Id };
    }

    public AccessToken? FindById(int id)
    {
        using var context = contexts.CreateDbContext();
        return context.AccessTokens.AsNoTracking().FirstOrDefault(t => t.Id == id) is { } row ? ToToken(row) : null;
    }

    public AccessToken? FindByHash(string secretHash)
    {
        ArgumentNullException.ThrowIfNull(secretHash);
        using var context = contexts.CreateDbContext();
        return context.AccessTokens.AsNoTracking().FirstOrDefault(t => t.SecretHash == secretHash) is { } row ? ToToken(row) : null;
    }

    public IReadOnlyList<AccessToken> List(int? userId = null)
    {
        using var context = contexts.CreateDbContext();
        var rows = context.AccessTokens.AsNoTracking();
        if (userId is { } id)
        {
            rows = rows.Where(t => t.UserId == id);
        }

        return [.. rows.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).AsEnumerable().Select(ToToken)];
    }

    public bool Revoke(int id, DateTimeOffset at)
    {
        var when = at.ToUniversalTime();
        using var context = contexts.CreateDbContext();

        // Only a token not yet revoked: two nodes revoking at once, one of them reports it.
        return context.AccessTokens.Where(t => t.Id == id && t.RevokedAt == null)
            .ExecuteUpdate(set => set.SetProperty(t => t.RevokedAt, when)) > 0;
    }

    public void Touch(int id, DateTimeOffset at)
    {
        var when = at.ToUniversalTime();
        using var context = contexts.CreateDbContext();
        context.AccessTokens.Where(t => t.Id == id).ExecuteUpdate(set => set.SetProperty(t => t.LastUsedAt, when));
    }

    internal static AccessTokenRow ToRow(AccessToken token) => new()
    {
        Id = token.Id,
        UserId = token.UserId,
        Name = token.Name,
        SecretHash = token.SecretHash,
        Prefix = token.Prefix,
        CreatedAt = token.CreatedAt.ToUniversalTime(),
        ExpiresAt = token.ExpiresAt?.ToUniversalTime(),
        LastUsedAt = token.LastUsedAt?.ToUniversalTime(),
        RevokedAt = token.RevokedAt?.ToUniversalTime(),
    };

    private static AccessToken ToToken(AccessTokenRow row) =>
        new(row.UserId, row.Name, row.SecretHash, row.Prefix, row.CreatedAt, row.ExpiresAt)
        {
            Id = row.Id,
            LastUsedAt = row.LastUsedAt,
            RevokedAt = row.RevokedAt,
        };
}
