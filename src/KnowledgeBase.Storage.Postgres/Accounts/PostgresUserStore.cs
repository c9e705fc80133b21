using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Postgres.Schema;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Storage.Postgres.Accounts;

/// <summary>
/// Accounts in PostgreSQL's <c>users</c> table, shared by every web node. Names stay unique through
/// the database's unique index (not a check before the insert, which two nodes could both pass), and
/// failed sign-ins are counted by one <c>UPDATE</c>. Thread-safe: a context per call.
/// </summary>
public sealed class PostgresUserStore(IDbContextFactory<KnowledgeBaseDbContext> contexts) : IUserStore
{
    public UserAccount Create(UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentException.ThrowIfNullOrWhiteSpace(account.UserName);
        var named = account with { UserName = account.UserName.Trim() };
        var row = new UserRow();
        UserRows.CopyTo(named, row);
        using var context = contexts.CreateDbContext();
        context.Users.Add(row);
        Save(context, named.UserName);
        return named with { Id = row.Id };
    }

    public UserAccount? FindById(int id)
    {
        using var context = contexts.CreateDbContext();
        return context.Users.AsNoTracking().FirstOrDefault(u => u.Id == id) is { } row ? UserRows.ToAccount(row) : null;
    }

    public UserAccount? FindByName(string userName)
    {
        ArgumentNullException.ThrowIfNull(userName);
        var normalized = UserAccount.Normalize(userName);
        using var context = contexts.CreateDbContext();
        return context.Users.AsNoTracking().FirstOrDefault(u => u.NormalizedName == normalized) is { } row ? UserRows.ToAccount(row) : null;
    }

    public UserAccount? FindByExternalLogin(string login)
    {
        ArgumentException.ThrowIfNullOrEmpty(login);
        using var context = contexts.CreateDbContext();
        return context.Users.AsNoTracking().FirstOrDefault(u => u.ExternalLogin == login) is { } row ? UserRows.ToAccount(row) : null;
    }

    public IReadOnlyList<UserAccount> List()
    {
        using var context = contexts.CreateDbContext();

        // Sorted here, as LiteDB's store does: the database's collation may order names differently.
        return [.. context.Users.AsNoTracking().ToList().Select(UserRows.ToAccount).OrderBy(u => u.UserName, StringComparer.OrdinalIgnoreCase)];
    }

    public int Count()
    {
        using var context = contexts.CreateDbContext();
        return context.Users.Count();
    }

    public bool Any()
    {
        using var context = contexts.CreateDbContext();
        return context.Users.Any();
    }

    public bool Update(UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        using var context = contexts.CreateDbContext();
        if (context.Users.FirstOrDefault(u => u.Id == account.Id) is not { } row)
        {
            return false;
        }

        UserRows.CopyTo(account, row);
        Save(context, account.UserName);
        return true;
    }

    public FailedSignIn? CountFailedSignIn(int userId, int maxFailures, DateTimeOffset lockUntil)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxFailures);
        var until = lockUntil.ToUniversalTime();
        using var context = contexts.CreateDbContext();

        // One statement: two nodes counting at once both count (SET reads the row's values before this update).
        var row = context.Users.FromSql($"""
            UPDATE users SET
              failed_sign_ins = CASE WHEN failed_sign_ins + 1 >= {maxFailures} THEN 0 ELSE failed_sign_ins + 1 END,
              locked_until = CASE WHEN failed_sign_ins + 1 >= {maxFailures} THEN {until} ELSE locked_until END
            WHERE id = {userId}
            RETURNING *
            """).AsNoTracking().AsEnumerable().SingleOrDefault();

        // After counting, the counter is 0 only when this failure reached the limit.
        return row is null ? null : new FailedSignIn(UserRows.ToAccount(row), row.FailedSignIns == 0);
    }

    private static void Save(KnowledgeBaseDbContext context, string userName)
    {
        try
        {
            context.SaveChanges();
        }
        catch (DbUpdateException e) when (PostgresErrors.IsUniqueViolation(e, UserRowConfiguration.UniqueName))
        {
            throw new DuplicateUserNameException(userName);
        }
    }
}
