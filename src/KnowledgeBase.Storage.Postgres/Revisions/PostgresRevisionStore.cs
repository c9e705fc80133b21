using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Storage.Revisions;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Storage.Postgres.Revisions;

/// <summary>Every saved state of every document edited on any node, in PostgreSQL's <c>revisions</c>. Thread-safe.</summary>
public sealed class PostgresRevisionStore(IDbContextFactory<KnowledgeBaseDbContext> contexts) : IRevisionStore
{
    public Revision Add(Revision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        var row = ToRow(revision);
        row.Id = 0;
        using var context = contexts.CreateDbContext();
        context.Revisions.Add(row);
        context.SaveChanges();
        return ToRevision(row);
    }

    public Revision? Get(long id)
    {
        using var context = contexts.CreateDbContext();
        return context.Revisions.AsNoTracking().FirstOrDefault(r => r.Id == id) is { } row ? ToRevision(row) : null;
    }

    public IReadOnlyList<Revision> ListFor(string documentId)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        using var context = contexts.CreateDbContext();
        return [.. context.Revisions.AsNoTracking().Where(r => r.DocumentId == documentId).OrderByDescending(r => r.Id).AsEnumerable().Select(ToRevision)];
    }

    public IReadOnlyList<DiffLine> Diff(long fromId, long toId)
    {
        var from = Get(fromId) ?? throw new KeyNotFoundException($"no revision {fromId}");
        var to = Get(toId) ?? throw new KeyNotFoundException($"no revision {toId}");
        return LineDiff.Compute(from.Text, to.Text);
    }

    internal static RevisionRow ToRow(Revision revision) => new()
    {
        Id = revision.Id,
        DocumentId = revision.DocumentId,
        RelativePath = revision.RelativePath,
        Action = revision.Action.ToString(),
        AuthorId = revision.AuthorId,
        AuthorName = revision.AuthorName,
        At = revision.At.ToUniversalTime(),
        Text = revision.Text,
        Note = revision.Note,
    };

    private static Revision ToRevision(RevisionRow row) =>
        new(row.Id, row.DocumentId, row.RelativePath, Enum.Parse<RevisionAction>(row.Action), row.AuthorId, row.AuthorName, row.At, row.Text, row.Note);
}
