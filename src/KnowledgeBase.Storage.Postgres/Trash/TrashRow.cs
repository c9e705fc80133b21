namespace KnowledgeBase.Storage.Postgres.Trash;

/// <summary>A row of <c>trash</c>: a deleted document waiting in the data folder's trash.</summary>
internal sealed class TrashRow
{
    public long Id { get; set; }

    public string DocumentId { get; set; } = string.Empty;

    public string RelativePath { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string TrashPath { get; set; } = string.Empty;

    public string DeletedById { get; set; } = string.Empty;

    public string DeletedByName { get; set; } = string.Empty;

    public DateTimeOffset DeletedAt { get; set; }
}
