namespace KnowledgeBase.Storage.Insights;

/// <summary>
/// One search an agent made: the query as typed (trimmed, capped), the language filter, how many
/// results it had and which result was opened from it. Nothing about the customer is kept.
/// </summary>
public sealed record SearchEvent(Guid Id, DateTimeOffset At, string? UserId, string Query, string? Language, int ResultCount, string? OpenedDocumentId = null)
{
    /// <summary>Queries longer than this are cut: a pasted customer e-mail is not a search term.</summary>
    public const int MaxQueryLength = 200;

    /// <summary>The query as it is stored: trimmed and capped at <see cref="MaxQueryLength"/> characters.</summary>
    public static string Clean(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var trimmed = query.Trim();
        return trimmed.Length <= MaxQueryLength ? trimmed : trimmed[..MaxQueryLength].TrimEnd();
    }
}
