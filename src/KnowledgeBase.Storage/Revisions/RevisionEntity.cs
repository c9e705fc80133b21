using System.Text;

namespace KnowledgeBase.Storage.Revisions;

/// <summary>The LiteDB shape of a <see cref="Revision"/> (mutable, as LiteDB's mapper wants).</summary>
internal sealed class RevisionEntity
{
    public long Id { get; set; }

    public string DocumentId { get; set; } = "";

    public string RelativePath { get; set; } = "";

    public RevisionAction Action { get; set; }

    public string AuthorId { get; set; } = "";

    public string AuthorName { get; set; } = "";

    /// <summary>UTC ticks: LiteDB's dates drop the offset and read back as local time.</summary>
    public long AtUtcTicks { get; set; }

    /// <summary>UTF-8 bytes: LiteDB's default mapper trims strings, and a revision must keep the text exactly.</summary>
    public byte[] Text { get; set; } = [];

    public string Note { get; set; } = "";

    // LiteDB's default mapper reads empty strings back as null.
    public Revision ToRevision() =>
        new(Id, DocumentId ?? "", RelativePath ?? "", Action, AuthorId ?? "", AuthorName ?? "", new DateTimeOffset(AtUtcTicks, TimeSpan.Zero),
            Encoding.UTF8.GetString(Text ?? []), Note ?? "");
}
