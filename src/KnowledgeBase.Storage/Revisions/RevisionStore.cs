using System.Text;
using KnowledgeBase.Content.Authoring;
using LiteDB;

namespace KnowledgeBase.Storage.Revisions;

/// <summary>Every saved state of every document edited in the app, in the <c>revisions</c> collection.</summary>
public sealed class RevisionStore : IRevisionStore
{
    private readonly KnowledgeBaseDatabase _database;

    public RevisionStore(KnowledgeBaseDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        Revisions(revisions => revisions.EnsureIndex(r => r.DocumentId));
    }

    /// <summary>Stores a revision (its <see cref="Revision.Id"/> is ignored) and returns it with its new id.</summary>
    public Revision Add(Revision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        var entity = new RevisionEntity
        {
            DocumentId = revision.DocumentId,
            RelativePath = revision.RelativePath,
            Action = revision.Action,
            AuthorId = revision.AuthorId,
            AuthorName = revision.AuthorName,
            AtUtcTicks = revision.At.UtcTicks,
            Text = Encoding.UTF8.GetBytes(revision.Text),
            Note = revision.Note,
        };
        Revisions(revisions => revisions.Insert(entity));
        return entity.ToRevision();
    }

    public Revision? Get(long id) => Revisions(revisions => revisions.FindById(id))?.ToRevision();

    /// <summary>A document's revisions, newest first.</summary>
    public IReadOnlyList<Revision> ListFor(string documentId)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        return Revisions(revisions => revisions.Find(r => r.DocumentId == documentId).ToList()).OrderByDescending(r => r.Id).Select(r => r.ToRevision()).ToList();
    }

    /// <summary>The line diff from revision <paramref name="fromId"/> to revision <paramref name="toId"/>.</summary>
    public IReadOnlyList<DiffLine> Diff(long fromId, long toId)
    {
        var from = Get(fromId) ?? throw new KeyNotFoundException($"no revision {fromId}");
        var to = Get(toId) ?? throw new KeyNotFoundException($"no revision {toId}");
        return LineDiff.Compute(from.Text, to.Text);
    }

    private T Revisions<T>(Func<ILiteCollection<RevisionEntity>, T> call) => _database.Use(database => call(database.GetCollection<RevisionEntity>("revisions")));
}
