using KnowledgeBase.Web.Services;

namespace KnowledgeBase.Web.HelpDesk;

/// <summary>
/// What a help desk tells the Reply page about the ticket in front of the agent: the customer's
/// message, its language, the channel and values for template fields by their declared names.
/// Every value is plain text, already bounded and cleaned by <see cref="TicketContextReader"/>.
/// </summary>
public sealed record TicketContext(string? Message, string? Language, string? Channel, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>Nothing usable was given.</summary>
    public static TicketContext Empty { get; } = new(null, null, null, new Dictionary<string, string>(StringComparer.Ordinal));

    public bool IsEmpty => Message is null && Language is null && Channel is null && Values.Count == 0;

    /// <summary>
    /// Starts the draft from the ticket: the message to suggest for, the language (as if the agent had
    /// chosen it, so suggestions come in it and "Read it from the message" stays one click away), the
    /// channel and the field values, which every template of the reply then starts with.
    /// </summary>
    public void ApplyTo(ReplyDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (Message is not null)
        {
            draft.CustomerMessage = Message;
        }

        if (Language is not null)
        {
            draft.Language = Language;
            draft.LanguageChosen = true;
        }

        if (Channel is not null)
        {
            draft.Channel = Channel;
        }

        foreach (var (name, value) in Values)
        {
            draft.Values[name] = value;
        }
    }
}
