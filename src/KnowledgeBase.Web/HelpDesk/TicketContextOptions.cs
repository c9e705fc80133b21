namespace KnowledgeBase.Web.HelpDesk;

/// <summary>
/// Bounds on what a link or an embedding help desk may hand the Reply page
/// (<c>KnowledgeBase:TicketContext</c>): longer values are cut, extra fields ignored.
/// </summary>
public sealed class TicketContextOptions
{
    public const string SectionName = "KnowledgeBase:TicketContext";

    /// <summary>The customer's message, in characters (a long e-mail thread is cut, not refused).</summary>
    public int MaxMessageLength { get; set; } = 4000;

    /// <summary>One field value, in characters.</summary>
    public int MaxValueLength { get; set; } = 200;

    /// <summary>How many field values one link may set.</summary>
    public int MaxValues { get; set; } = 40;
}
