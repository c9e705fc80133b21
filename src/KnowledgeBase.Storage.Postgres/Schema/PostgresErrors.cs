using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KnowledgeBase.Storage.Postgres.Schema;

/// <summary>Recognises PostgreSQL's answers the stores turn into their own exceptions.</summary>
internal static class PostgresErrors
{
    private const string UniqueViolation = "23505";

    /// <summary>The write broke the unique index (or key) <paramref name="constraint"/>.</summary>
    public static bool IsUniqueViolation(DbUpdateException exception, string constraint) =>
        exception.InnerException is PostgresException { SqlState: UniqueViolation } postgres
        && string.Equals(postgres.ConstraintName, constraint, StringComparison.Ordinal);
}
