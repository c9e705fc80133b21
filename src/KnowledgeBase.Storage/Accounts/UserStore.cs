using LiteDB;

namespace KnowledgeBase.Storage.Accounts;

/// <summary>
/// The accounts in the <c>users</c> collection. Mapped by hand rather than by LiteDB's reflection
/// mapper, so renaming a C# property never silently orphans stored data. Thread-safe.
/// </summary>
public sealed class UserStore : IUserStore
{
    private const string CollectionName = "users";
    private const string NormalizedField = "normalizedName";
    private const string ExternalLoginField = "externalLogin";
    private readonly KnowledgeBaseDatabase _database;

    // The failure counter's read-modify-write: one process holds the file, so a lock in it is enough.
    private readonly Lock _counterGate = new();

    public UserStore(KnowledgeBaseDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        Users(users => users.EnsureIndex(NormalizedField, unique: true));
        Users(users => users.EnsureIndex(ExternalLoginField));
    }

    /// <summary>Adds the account and returns it with its new id.</summary>
    /// <exception cref="DuplicateUserNameException">The name is taken (in any case).</exception>
    public UserAccount Create(UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentException.ThrowIfNullOrWhiteSpace(account.UserName);
        var document = ToDocument(account with { UserName = account.UserName.Trim() });
        document.Remove("_id");
        try
        {
            var id = Users(users => users.Insert(document));
            return account with { Id = id.AsInt32, UserName = account.UserName.Trim() };
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            throw new DuplicateUserNameException(account.UserName.Trim());
        }
    }

    public UserAccount? FindById(int id)
    {
        var document = Users(users => users.FindById(id));
        return document is null ? null : FromDocument(document);
    }

    public UserAccount? FindByName(string userName)
    {
        ArgumentNullException.ThrowIfNull(userName);
        var document = Users(users => users.FindOne(Query.EQ(NormalizedField, UserAccount.Normalize(userName))));
        return document is null ? null : FromDocument(document);
    }

    /// <summary>The account an identity provider's <c>issuer|subject</c> signs in, if any.</summary>
    public UserAccount? FindByExternalLogin(string login)
    {
        ArgumentException.ThrowIfNullOrEmpty(login);
        var document = Users(users => users.FindOne(Query.EQ(ExternalLoginField, login)));
        return document is null ? null : FromDocument(document);
    }

    /// <summary>Every account, by user name.</summary>
    public IReadOnlyList<UserAccount> List() =>
        [.. Users(users => users.FindAll().ToList()).Select(FromDocument).OrderBy(u => u.UserName, StringComparer.OrdinalIgnoreCase)];

    public int Count() => Users(users => users.Count());

    /// <summary>True when at least one account exists (the app leaves first-run setup).</summary>
    public bool Any() => Count() > 0;

    /// <summary>Replaces the stored account with the same id; false when there is none.</summary>
    /// <exception cref="DuplicateUserNameException">Renamed to a name that is taken.</exception>
    public bool Update(UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        try
        {
            var document = ToDocument(account);
            return Users(users => users.Update(document));
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            throw new DuplicateUserNameException(account.UserName);
        }
    }

    public FailedSignIn? CountFailedSignIn(int userId, int maxFailures, DateTimeOffset lockUntil)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxFailures);
        lock (_counterGate)
        {
            if (FindById(userId) is not { } user)
            {
                return null;
            }

            var failures = user.FailedSignIns + 1;
            var locked = failures >= maxFailures;
            var counted = locked ? user with { FailedSignIns = 0, LockedUntil = lockUntil } : user with { FailedSignIns = failures };
            Update(counted);
            return new FailedSignIn(counted, locked);
        }
    }

    private T Users<T>(Func<ILiteCollection<BsonDocument>, T> call) =>
        _database.Use(database => call(database.GetCollection(CollectionName, BsonAutoId.Int32)));

    private static BsonDocument ToDocument(UserAccount account) => new()
    {
        ["_id"] = account.Id,
        ["userName"] = account.UserName,
        [NormalizedField] = UserAccount.Normalize(account.UserName),
        ["displayName"] = account.DisplayName is null ? BsonValue.Null : account.DisplayName,
        ["email"] = account.Email is null ? BsonValue.Null : account.Email,
        ["signature"] = account.Signature is null ? BsonValue.Null : account.Signature,
        ["preferredLanguages"] = new BsonArray(account.PreferredLanguages.Select(l => new BsonValue(l))),
        ["role"] = account.Role.ToString(),
        ["isDisabled"] = account.IsDisabled,
        ["passwordHash"] = account.PasswordHash,
        ["failedSignIns"] = account.FailedSignIns,
        ["lockedUntil"] = account.LockedUntil is { } locked ? locked.UtcDateTime : BsonValue.Null,
        ["createdAt"] = account.CreatedAt.UtcDateTime,
        ["securityStamp"] = account.SecurityStamp,
        ["mustChangePassword"] = account.MustChangePassword,
        [ExternalLoginField] = account.ExternalLogin is null ? BsonValue.Null : account.ExternalLogin,
    };

    private static UserAccount FromDocument(BsonDocument document) => new()
    {
        Id = document["_id"].AsInt32,
        UserName = document["userName"].AsString,
        DisplayName = NullableString(document["displayName"]),
        Email = NullableString(document["email"]),
        Signature = NullableString(document["signature"]),
        PreferredLanguages = document["preferredLanguages"].IsArray ? [.. document["preferredLanguages"].AsArray.Select(v => v.AsString)] : [],
        Role = Enum.TryParse<UserRole>(document["role"].AsString, out var role) ? role : UserRole.Agent,
        IsDisabled = document["isDisabled"].AsBoolean,
        PasswordHash = document["passwordHash"].AsString ?? string.Empty,
        FailedSignIns = document["failedSignIns"].AsInt32,
        LockedUntil = document["lockedUntil"].IsDateTime ? Utc(document["lockedUntil"].AsDateTime) : null,
        CreatedAt = document["createdAt"].IsDateTime ? Utc(document["createdAt"].AsDateTime) : default,
        SecurityStamp = NullableString(document["securityStamp"]) ?? string.Empty,

        // Absent in accounts stored before resets required a change.
        MustChangePassword = document["mustChangePassword"].IsBoolean && document["mustChangePassword"].AsBoolean,
        ExternalLogin = NullableString(document[ExternalLoginField]),
    };

    private static string? NullableString(BsonValue value) => value.IsString ? value.AsString : null;

    // LiteDB hands dates back in local time unless told otherwise; stored values are UTC.
    private static DateTimeOffset Utc(DateTime value) => new(value.ToUniversalTime(), TimeSpan.Zero);
}
