using KnowledgeBase.Storage.Postgres.Accounts;
using KnowledgeBase.Storage.Postgres.Activity;
using KnowledgeBase.Storage.Postgres.Audit;
using KnowledgeBase.Storage.Postgres.Insights;
using KnowledgeBase.Storage.Postgres.Onboarding;
using KnowledgeBase.Storage.Postgres.Revisions;
using KnowledgeBase.Storage.Postgres.Schema;
using KnowledgeBase.Storage.Postgres.Tokens;
using KnowledgeBase.Storage.Postgres.Trash;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Storage.Postgres;

/// <summary>
/// The app's PostgreSQL database: everything LiteDB keeps in <c>knowledgebase.db</c>, plus the ASP.NET
/// Core Data Protection keys every node must share (a cookie issued by one node is read by another).
/// The schema comes from the migrations in <c>Migrations/</c>, applied by <see cref="Hosting.PostgresMigrator"/>.
/// Short-lived: the stores make one per call through <see cref="IDbContextFactory{TContext}"/>.
/// </summary>
public sealed class KnowledgeBaseDbContext(DbContextOptions<KnowledgeBaseDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>The Data Protection key ring (EF Core's own entity, table <c>data_protection_keys</c>).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    internal DbSet<UserRow> Users => Set<UserRow>();

    internal DbSet<AccessTokenRow> AccessTokens => Set<AccessTokenRow>();

    internal DbSet<AuditRow> AuditLog => Set<AuditRow>();

    internal DbSet<RevisionRow> Revisions => Set<RevisionRow>();

    internal DbSet<TrashRow> Trash => Set<TrashRow>();

    internal DbSet<ActivityRow> Activity => Set<ActivityRow>();

    internal DbSet<AssignmentRow> Assignments => Set<AssignmentRow>();

    internal DbSet<AcknowledgementRow> Acknowledgements => Set<AcknowledgementRow>();

    internal DbSet<CompletionRow> Completions => Set<CompletionRow>();

    internal DbSet<AttemptRow> Attempts => Set<AttemptRow>();

    internal DbSet<MinorEditRow> MinorEdits => Set<MinorEditRow>();

    internal DbSet<SearchRow> Searches => Set<SearchRow>();

    internal DbSet<TemplateUseRow> TemplateUses => Set<TemplateUseRow>();

    internal DbSet<VoteRow> Votes => Set<VoteRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasSequence<long>(ActivityRowConfiguration.PositionSequence);
        modelBuilder.ApplyConfiguration(new UserRowConfiguration());
        modelBuilder.ApplyConfiguration(new AccessTokenRowConfiguration());
        modelBuilder.ApplyConfiguration(new AuditRowConfiguration());
        modelBuilder.ApplyConfiguration(new RevisionRowConfiguration());
        modelBuilder.ApplyConfiguration(new TrashRowConfiguration());
        modelBuilder.ApplyConfiguration(new ActivityRowConfiguration());
        var onboarding = new OnboardingRowConfiguration();
        modelBuilder.ApplyConfiguration<AssignmentRow>(onboarding);
        modelBuilder.ApplyConfiguration<AcknowledgementRow>(onboarding);
        modelBuilder.ApplyConfiguration<CompletionRow>(onboarding);
        modelBuilder.ApplyConfiguration<AttemptRow>(onboarding);
        modelBuilder.ApplyConfiguration<MinorEditRow>(onboarding);
        var insights = new InsightRowConfiguration();
        modelBuilder.ApplyConfiguration<SearchRow>(insights);
        modelBuilder.ApplyConfiguration<TemplateUseRow>(insights);
        modelBuilder.ApplyConfiguration<VoteRow>(insights);
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");

        // Columns, keys and indexes in snake_case (the tables are named in their configurations).
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase.From(property.Name));
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName("pk_" + entity.GetTableName() + (key.IsPrimaryKey() ? string.Empty : "_" + string.Join("_", key.Properties.Select(p => SnakeCase.From(p.Name)))));
            }

            foreach (var index in entity.GetIndexes().Where(i => i.GetDatabaseName() is null || !i.GetDatabaseName()!.StartsWith("ix_", StringComparison.Ordinal)))
            {
                index.SetDatabaseName("ix_" + entity.GetTableName() + "_" + string.Join("_", index.Properties.Select(p => SnakeCase.From(p.Name))));
            }
        }
    }
}
