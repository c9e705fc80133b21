namespace KnowledgeBase.Storage.Trash;

/// <summary>The LiteDB shape of a <see cref="TrashEntry"/>.</summary>
internal sealed class TrashEntity
{
    public long Id { get; set; }

    public string DocumentId { get; set; } = "";

    public string RelativePath { get; set; } = "";

    public string Title { get; set; } = "";

    public string TrashPath { get; set; } = "";

    public string DeletedById { get; set; } = "";

    public string DeletedByName { get; set; } = "";

    public long DeletedAtUtcTicks { get; set; }

    // LiteDB's default mapper reads empty strings back as null.
    public TrashEntry ToEntry() =>
        new(Id, DocumentId ?? "", RelativePath ?? "", Title ?? "", TrashPath ?? "", DeletedById ?? "", DeletedByName ?? "",
            new DateTimeOffset(DeletedAtUtcTicks, TimeSpan.Zero));
}
