namespace KnowledgeBase.Storage.Accounts;

/// <summary>
/// Where accounts are kept: the embedded LiteDB file (<see cref="UserStore"/>) or PostgreSQL, shared by
/// several web nodes. User names are unique without regard to case in every implementation. Thread-safe.
/// </summary>
public interface IUserStore
{
    /// <summary>Adds the account and returns it with its new id.</summary>
    /// <exception cref="DuplicateUserNameException">The name is taken (in any case).</exception>
    UserAccount Create(UserAccount account);

    UserAccount? FindById(int id);

    UserAccount? FindByName(string userName);

    /// <summary>The account an identity provider's <c>issuer|subject</c> signs in, if any.</summary>
    UserAccount? FindByExternalLogin(string login);

    /// <summary>Every account, by user name.</summary>
    IReadOnlyList<UserAccount> List();

    int Count();

    /// <summary>True when at least one account exists (the app leaves first-run setup).</summary>
    bool Any();

    /// <summary>Replaces the stored account with the same id; false when there is none.</summary>
    /// <exception cref="DuplicateUserNameException">Renamed to a name that is taken.</exception>
    bool Update(UserAccount account);

    /// <summary>
    /// Counts one more failed sign-in in a single atomic step (two web nodes may count at once): at
    /// <paramref name="maxFailures"/> the counter goes back to 0 and the account is locked until
    /// <paramref name="lockUntil"/>. Null when there is no such account.
    /// </summary>
    FailedSignIn? CountFailedSignIn(int userId, int maxFailures, DateTimeOffset lockUntil);
}
