using LiteDB;

namespace KnowledgeBase.Storage.Tokens;

/// <summary>
/// Personal access tokens in the <c>access_tokens</c> collection, found by the hash of their secret.
/// Mapped by hand, like the other stores, so renaming a property never orphans stored data.
/// Revoked tokens are kept (marked), so lists and the audit log can still name them. Thread-safe.
/// </summary>
public sealed class AccessTokenStore : IAccessTokenStore
{
    private const string CollectionName = "access_tokens";
    private const string HashField = "secretHash";
    private const string UserField = "userId";
    private readonly KnowledgeBaseDatabase _database;

    public AccessTokenStore(KnowledgeBaseDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        Tokens(tokens => tokens.EnsureIndex(HashField, unique: true));
        Tokens(tokens => tokens.EnsureIndex(UserField));
    }

    /// <summary>Stores a new token and returns it with its id.</summary>
    public AccessToken Create(AccessToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var document = ToDocument(token);
        document.Remove("_id");
        var id = Tokens(tokens => tokens.Insert(document));
        return token with { Id = id.AsInt32 };
    }

    public AccessToken? FindById(int id)
    {
        var document = Tokens(tokens => tokens.FindById(id));
        return document is null ? null : FromDocument(document);
    }

    /// <summary>The token whose secret hashes to <paramref name="secretHash"/>, revoked or not.</summary>
    public AccessToken? FindByHash(string secretHash)
    {
        ArgumentNullException.ThrowIfNull(secretHash);
        var document = Tokens(tokens => tokens.FindOne(Query.EQ(HashField, secretHash)));
        return document is null ? null : FromDocument(document);
    }

    /// <summary>One user's tokens, or everyone's when <paramref name="userId"/> is null; newest first.</summary>
    public IReadOnlyList<AccessToken> List(int? userId = null) =>
        [.. Tokens(tokens => (userId is { } id ? tokens.Find(Query.EQ(UserField, id)) : tokens.FindAll()).ToList())
            .Select(FromDocument)
            .OrderByDescending(t => t.CreatedAt)
            .ThenByDescending(t => t.Id)];

    /// <summary>Marks the token revoked at <paramref name="at"/>; false when there is none or it already was.</summary>
    public bool Revoke(int id, DateTimeOffset at) => Tokens(tokens =>
    {
        var document = tokens.FindById(id);
        if (document is null || document["revokedAt"].IsDateTime)
        {
            return false;
        }

        document["revokedAt"] = at.UtcDateTime;
        return tokens.Update(document);
    });

    /// <summary>Records a use of the token.</summary>
    public void Touch(int id, DateTimeOffset at) => Tokens(tokens =>
    {
        var document = tokens.FindById(id);
        if (document is null)
        {
            return false;
        }

        document["lastUsedAt"] = at.UtcDateTime;
        return tokens.Update(document);
    });

    // Results are materialised inside the call: a lazy query enumerated later would run outside the failure handling.
    private T Tokens<T>(Func<ILiteCollection<BsonDocument>, T> call) =>
        _database.Use(database => call(database.GetCollection(CollectionName, BsonAutoId.Int32)));

    private static BsonDocument ToDocument(AccessToken token) => new()
    {
        ["_id"] = token.Id,
        [UserField] = token.UserId,
        ["name"] = token.Name,
        [HashField] = token.SecretHash,
        ["prefix"] = token.Prefix,
        ["createdAt"] = token.CreatedAt.UtcDateTime,
        ["expiresAt"] = token.ExpiresAt is { } expires ? expires.UtcDateTime : BsonValue.Null,
        ["lastUsedAt"] = token.LastUsedAt is { } used ? used.UtcDateTime : BsonValue.Null,
        ["revokedAt"] = token.RevokedAt is { } revoked ? revoked.UtcDateTime : BsonValue.Null,
    };

    private static AccessToken FromDocument(BsonDocument document) => new(
        document[UserField].AsInt32,
        document["name"].AsString,
        document[HashField].AsString,
        document["prefix"].AsString,
        Utc(document["createdAt"].AsDateTime),
        NullableDate(document["expiresAt"]))
    {
        Id = document["_id"].AsInt32,
        LastUsedAt = NullableDate(document["lastUsedAt"]),
        RevokedAt = NullableDate(document["revokedAt"]),
    };

    private static DateTimeOffset? NullableDate(BsonValue value) => value.IsDateTime ? Utc(value.AsDateTime) : null;

    // LiteDB hands dates back in local time unless told otherwise; stored values are UTC.
    private static DateTimeOffset Utc(DateTime value) => new(value.ToUniversalTime(), TimeSpan.Zero);
}
