using KnowledgeBase.Application.Storage;
using KnowledgeBase.Storage;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Audit;
using KnowledgeBase.Storage.Revisions;
using KnowledgeBase.TestSupport;
using KnowledgeBase.TestSupport.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Cli.Tests;

/// <summary><c>kb db copy --to-postgres</c> and <c>kb db migrate</c> against a real PostgreSQL server.</summary>
public sealed class DbCommandTests(TemporaryPostgres postgres) : IClassFixture<TemporaryPostgres>, IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);
    private readonly string _data = Path.Combine(Path.GetTempPath(), "kb-tests", "cli-db-" + Guid.NewGuid().ToString("N"));

    private string[] Args(params string[] args) => [.. args, "--data", _data, "--content", RepositoryPaths.Content];

    [Fact]
    public void Copy_MovesTheInstallation_AndTheAccountSignsInFromPostgres()
    {
        var target = postgres.CreateDatabase();
        KbRunner.RunWithInput("password-1\n", RepositoryPaths.Root, null, Args("users", "add", "anna", "--role", "lead", "--password-stdin"));
        WriteRevision();

        var copied = KbRunner.Run(RepositoryPaths.Root, null, Args("db", "copy", "--to-postgres", target));

        Assert.True(copied.ExitCode == 0, copied.Error + copied.Output);
        Assert.Matches(@"users\s+1 → +1", copied.Output);
        Assert.Matches(@"revisions\s+1 → +1", copied.Output);
        Assert.Matches(@"audit_log\s+2 → +2", copied.Output);
        using var services = Postgres(target);
        var accounts = services.GetRequiredService<KnowledgeBase.Application.Accounts.AccountService>();
        Assert.Equal(SignInStatus.Succeeded, accounts.CheckPassword("ANNA", "password-1").Status);
        Assert.Equal("Old body.\n", services.GetRequiredService<IRevisionStore>().ListFor("articles/en/refund").Single().Text);
    }

    [Fact]
    public void Copy_RefusesADatabaseWithRows_UnlessToldToReplace()
    {
        var target = postgres.CreateDatabase();
        KbRunner.RunWithInput("password-1\n", RepositoryPaths.Root, null, Args("users", "add", "anna", "--role", "lead", "--password-stdin"));
        Assert.Equal(0, KbRunner.Run(RepositoryPaths.Root, null, Args("db", "copy", "--to-postgres", target)).ExitCode);

        var again = KbRunner.Run(RepositoryPaths.Root, null, Args("db", "copy", "--to-postgres", target));
        var replaced = KbRunner.Run(RepositoryPaths.Root, null, Args("db", "copy", "--to-postgres", target, "--replace", "--json"));

        Assert.Equal(2, again.ExitCode);
        Assert.Contains("not empty", again.Error, StringComparison.Ordinal);
        Assert.Equal(0, replaced.ExitCode);
        Assert.Contains("\"verified\":true", replaced.Output, StringComparison.Ordinal);
        using var services = Postgres(target);
        Assert.Equal(1, services.GetRequiredService<IUserStore>().Count());
    }

    [Fact]
    public void Copy_WithoutADatabase_SaysSo()
    {
        var result = KbRunner.Run(RepositoryPaths.Root, null, Args("db", "copy", "--to-postgres", postgres.ConnectionString));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no database", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrate_AppliesTheSchemaOnce_AndUsersAddThenWritesToPostgres()
    {
        var target = postgres.CreateDatabase();
        var settings = new Dictionary<string, string?>
        {
            [DatabaseOptions.SectionName + ":Provider"] = "Postgres",
            [DatabaseOptions.SectionName + ":ConnectionString"] = target,
        };

        var first = KbRunner.Run(RepositoryPaths.Root, settings, Args("db", "migrate"));
        var second = KbRunner.Run(RepositoryPaths.Root, settings, Args("db", "migrate"));
        var added = KbRunner.RunWithInput("password-1\n", RepositoryPaths.Root, settings, Args("users", "add", "ben", "--role", "agent", "--password-stdin"));

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("Applied", first.Output, StringComparison.Ordinal);
        Assert.Contains("up to date", second.Output, StringComparison.Ordinal);
        Assert.Equal(0, added.ExitCode);
        Assert.Contains("Added ben (Agent) to the PostgreSQL database", added.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_data, "knowledgebase.db")));
        using var services = Postgres(target);
        Assert.NotNull(services.GetRequiredService<IUserStore>().FindByName("ben"));
    }

    [Fact]
    public void Backup_WithPostgres_PointsAtPgDump()
    {
        var settings = new Dictionary<string, string?>
        {
            [DatabaseOptions.SectionName + ":Provider"] = "Postgres",
            [DatabaseOptions.SectionName + ":ConnectionString"] = postgres.ConnectionString,
        };

        var result = KbRunner.Run(RepositoryPaths.Root, settings, Args("backup"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pg_dump", result.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private void WriteRevision()
    {
        using var database = KnowledgeBaseDatabase.Open(Path.Combine(_data, "knowledgebase.db"));
        new RevisionStore(database).Add(new Revision(0, "articles/en/refund", "articles/en/refund.md", RevisionAction.Saved, "u1", "Anna", Now, "Old body.\n", "note"));
        new AuditStore(database).Record(Now, AuditEventType.Exported, AuditActor.System, null, null, "test");
    }

    private static ServiceProvider Postgres(string connectionString)
    {
        var services = new ServiceCollection();
        services.AddKnowledgeBaseDatabase(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = connectionString });
        return services.BuildServiceProvider();
    }
}
