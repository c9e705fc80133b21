using KnowledgeBase.Content.Authoring;

namespace KnowledgeBase.Storage.Revisions;

/// <summary>Every saved state of every document edited in the app. Thread-safe.</summary>
public interface IRevisionStore
{
    /// <summary>Stores a revision (its <see cref="Revision.Id"/> is ignored) and returns it with its new id.</summary>
    Revision Add(Revision revision);

    Revision? Get(long id);

    /// <summary>A document's revisions, newest first.</summary>
    IReadOnlyList<Revision> ListFor(string documentId);

    /// <summary>The line diff from revision <paramref name="fromId"/> to revision <paramref name="toId"/>.</summary>
    IReadOnlyList<DiffLine> Diff(long fromId, long toId);
}
