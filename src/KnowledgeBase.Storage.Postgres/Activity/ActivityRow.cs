namespace KnowledgeBase.Storage.Postgres.Activity;

/// <summary>
/// A row of <c>activity</c>: one document on one of a user's lists (favourites, viewed, templates
/// used). <see cref="Position"/> comes from a sequence and is renewed on every push: newest first.
/// </summary>
internal sealed class ActivityRow
{
    public int UserId { get; set; }

    public string List { get; set; } = string.Empty;

    public string DocumentId { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }

    public long Position { get; set; }
}
