using KnowledgeBase.Storage.Export;
using KnowledgeBase.Storage.Postgres.Accounts;
using KnowledgeBase.Storage.Postgres.Activity;
using KnowledgeBase.Storage.Postgres.Audit;
using KnowledgeBase.Storage.Postgres.Insights;
using KnowledgeBase.Storage.Postgres.Onboarding;
using KnowledgeBase.Storage.Postgres.Revisions;
using KnowledgeBase.Storage.Postgres.Tokens;
using KnowledgeBase.Storage.Postgres.Trash;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Storage.Postgres.Copy;

/// <summary>
/// Writes a <see cref="DatabaseExport"/> (an installation's LiteDB database) into PostgreSQL with its
/// ids, in one transaction, moves the id sequences past the copied ids, and counts every table
/// afterwards. Refuses a database that already holds data unless told to replace it. The schema must
/// be current (<see cref="Hosting.PostgresMigrator"/>).
/// </summary>
public sealed class PostgresCopy(IDbContextFactory<KnowledgeBaseDbContext> contexts)
{
    /// <summary>Every table the app writes (none refers to another): not the key ring, not the migrations' history.</summary>
    internal static IReadOnlyList<string> AppTables => Tables;

    private static readonly string[] Tables =
    [
        "users", "access_tokens", "audit_log", "revisions", "trash", "activity",
        "onboarding_assignments", "onboarding_acknowledgements", "onboarding_completions", "onboarding_attempts", "onboarding_minor_edits",
        "insight_searches", "insight_template_uses", "insight_votes",
    ];

    // Tables whose ids come from an identity column, to be moved past the copied ids.
    private static readonly string[] IdentityTables = ["users", "access_tokens", "audit_log", "revisions", "trash", "onboarding_attempts", "insight_template_uses"];

    /// <summary>Copies and returns the count of every table, source beside target.</summary>
    /// <exception cref="TargetNotEmptyException">The database holds data and <paramref name="replace"/> is false.</exception>
    public IReadOnlyList<TableCount> Copy(DatabaseExport export, bool replace)
    {
        ArgumentNullException.ThrowIfNull(export);
        using (var context = contexts.CreateDbContext())
        {
            using var transaction = context.Database.BeginTransaction();
            var occupied = Count(context).Where(c => c.Rows > 0).Select(c => c.Table).ToList();
            if (occupied.Count > 0)
            {
                if (!replace)
                {
                    throw new TargetNotEmptyException(occupied);
                }

                // Table names are this class's own constants, never input: raw SQL is safe here.
                var truncate = $"TRUNCATE {string.Join(", ", Tables)} RESTART IDENTITY";
                context.Database.ExecuteSqlRaw(truncate);
            }

            Write(context, export);
            foreach (var table in IdentityTables)
            {
                // setval(…, max, true) with max 0 is refused; false means "the next value is this one".
                var next = $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)";
                context.Database.ExecuteSqlRaw(next);
            }

            var position = $"SELECT setval('{ActivityRowConfiguration.PositionSequence}', COALESCE((SELECT MAX(position) FROM activity), 0) + 1, false)";
            context.Database.ExecuteSqlRaw(position);
            transaction.Commit();
        }

        using var check = contexts.CreateDbContext();
        var target = Count(check).ToDictionary(c => c.Table, c => c.Rows);
        return [.. export.Counts.Select(c => new TableCount(c.Table, c.Rows, target[c.Table]))];
    }

    /// <summary>Rows per table the copy writes.</summary>
    public IReadOnlyList<(string Table, int Rows)> Count()
    {
        using var context = contexts.CreateDbContext();
        return Count(context);
    }

    private static List<(string Table, int Rows)> Count(KnowledgeBaseDbContext context) =>
        [.. Tables.Select(table => (table, CountRows(context, table)))];

    private static int CountRows(KnowledgeBaseDbContext context, string table)
    {
        var sql = $"SELECT COUNT(*)::int AS \"Value\" FROM {table}";
        return context.Database.SqlQueryRaw<int>(sql).Single();
    }

    private static void Write(KnowledgeBaseDbContext context, DatabaseExport export)
    {
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var user in export.Users)
        {
            var row = new UserRow { Id = user.Id };
            UserRows.CopyTo(user, row);
            context.Users.Add(row);
        }

        context.AccessTokens.AddRange(export.Tokens.Select(PostgresAccessTokenStore.ToRow));
        context.AuditLog.AddRange(export.Audit.Select(PostgresAuditStore.ToRow));
        context.Revisions.AddRange(export.Revisions.Select(PostgresRevisionStore.ToRow));
        context.Trash.AddRange(export.Trash.Select(PostgresTrashStore.ToRow));

        // Positions in the order the lists hold them: the newest entry gets the largest number.
        long position = 0;
        foreach (var list in export.Activity)
        {
            foreach (var entry in list.Entries.Reverse())
            {
                context.Activity.Add(new ActivityRow { UserId = list.UserId, List = list.List, DocumentId = entry.DocumentId, At = entry.At.ToUniversalTime(), Position = ++position });
            }
        }

        context.Assignments.AddRange(export.Assignments.Select(a => new AssignmentRow
        {
            UserId = a.UserId, PathId = a.PathId, AssignedById = a.AssignedById, AssignedByName = a.AssignedByName, At = a.At.ToUniversalTime(),
        }));
        context.Acknowledgements.AddRange(export.Acknowledgements.Select(a => new AcknowledgementRow
        {
            UserId = a.UserId, DocumentId = a.DocumentId, ContentHash = a.ContentHash, Snapshot = a.Snapshot, At = a.At.ToUniversalTime(),
        }));
        context.Completions.AddRange(export.Completions.Select(c => new CompletionRow { UserId = c.UserId, StepKey = c.StepKey, At = c.At.ToUniversalTime() }));

        // In the order given: the attempts' ids keep "oldest first".
        long attempt = 0;
        context.Attempts.AddRange(export.Attempts.Select(a => new AttemptRow
        {
            Id = ++attempt, UserId = a.UserId, CheckKey = a.CheckKey, Chosen = [.. a.Chosen], IsCorrect = a.IsCorrect, At = a.At.ToUniversalTime(),
        }));
        context.MinorEdits.AddRange(export.MinorEdits.Select(e => new MinorEditRow { DocumentId = e.DocumentId, FromHash = e.FromHash, ToHash = e.ToHash }));
        context.Searches.AddRange(export.Searches.Select(s => new SearchRow
        {
            Id = s.Id, At = s.At.ToUniversalTime(), UserId = s.UserId, Query = s.Query, Normalised = Storage.Insights.QueryText.Normalise(s.Query),
            Language = s.Language, ResultCount = s.ResultCount, OpenedDocumentId = s.OpenedDocumentId,
        }));
        long use = 0;
        context.TemplateUses.AddRange(export.TemplateUses.Select(u => new TemplateUseRow
        {
            Id = ++use, At = u.At.ToUniversalTime(), UserId = u.UserId, TemplateId = u.TemplateId, Action = u.Action.ToString(), Channel = u.Channel,
        }));
        context.Votes.AddRange(export.Votes.Select(v => new VoteRow
        {
            Id = v.Key, At = v.Vote.At.ToUniversalTime(), UserId = v.Vote.UserId, DocumentId = v.Vote.DocumentId, Helpful = v.Vote.Helpful, Comment = v.Vote.Comment,
        }));
        context.SaveChanges();
    }
}
