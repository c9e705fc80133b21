namespace KnowledgeBase.Storage.Trash;

/// <summary>A deleted document waiting in <c>data/trash/</c>.</summary>
/// <param name="TrashPath">The file's path relative to the trash folder.</param>
public sealed record TrashEntry(
    long Id,
    string DocumentId,
    string RelativePath,
    string Title,
    string TrashPath,
    string DeletedById,
    string DeletedByName,
    DateTimeOffset DeletedAt);
