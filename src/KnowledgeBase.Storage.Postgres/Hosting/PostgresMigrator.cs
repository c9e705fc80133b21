using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeBase.Storage.Postgres.Hosting;

/// <summary>
/// Applies the pending EF Core migrations, at start and for <c>kb db migrate</c>. Under a PostgreSQL
/// advisory lock: two nodes starting together migrate one after the other, and the second finds
/// nothing left to do. Never <c>EnsureCreated</c>: the schema always comes from the migrations.
/// </summary>
public sealed class PostgresMigrator(IDbContextFactory<KnowledgeBaseDbContext> contexts, ILogger<PostgresMigrator>? logger = null) : IDatabaseStartup
{
    /// <summary>The advisory lock's key ("kbmigr"); other advisory locks of the app use other keys.</summary>
    public const long LockKey = 0x6B62_6D69_6772;

    private readonly ILogger _logger = logger ?? NullLogger<PostgresMigrator>.Instance;

    /// <summary>Applies what is pending; returns the names of the migrations this call applied.</summary>
    public IReadOnlyList<string> Migrate()
    {
        using var context = contexts.CreateDbContext();

        // A session lock lives as long as its connection: keep one open across lock, migration and unlock.
        context.Database.OpenConnection();
        try
        {
            context.Database.ExecuteSql($"SELECT pg_advisory_lock({LockKey})");
            try
            {
                var pending = context.Database.GetPendingMigrations().ToList();
                if (pending.Count > 0)
                {
                    context.Database.Migrate();
                    _logger.LogInformation("Applied {Count} database migrations: {Migrations}", pending.Count, string.Join(", ", pending));
                }

                return pending;
            }
            finally
            {
                context.Database.ExecuteSql($"SELECT pg_advisory_unlock({LockKey})");
            }
        }
        finally
        {
            context.Database.CloseConnection();
        }
    }

    /// <summary>The migrations the database has, oldest first.</summary>
    public IReadOnlyList<string> Applied()
    {
        using var context = contexts.CreateDbContext();
        return [.. context.Database.GetAppliedMigrations()];
    }

    public string Start()
    {
        var applied = Migrate();
        using var context = contexts.CreateDbContext();
        var connection = context.Database.GetDbConnection();
        return $"Database: PostgreSQL {connection.DataSource}/{connection.Database} ({(applied.Count == 0 ? "schema current" : $"{applied.Count} migrations applied")})";
    }
}
