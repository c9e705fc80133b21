using System.Text.RegularExpressions;

namespace KnowledgeBase.Web.HelpDesk;

/// <summary>
/// What the embed's script took from Chatwoot's <c>appContext</c> message (already cut to size in the
/// browser; <see cref="TicketContextReader"/> bounds and cleans it again here): the last incoming
/// message, when the browser put it in the box, the conversation, the contact and the agent.
/// </summary>
/// <param name="Message">The customer's last message, or null when the agent's own text in the box wins.</param>
/// <param name="Channel">Chatwoot's channel type, e.g. <c>Channel::Email</c>.</param>
public sealed partial record ChatwootContext(
    string? Message,
    string? ConversationId,
    string? CustomerName,
    string? CustomerEmail,
    string? AgentName,
    string? Channel)
{
    /// <summary>
    /// As ticket context: the contact's name, first name and e-mail and the conversation's number go
    /// to the fields of the same meaning (<c>customer.name</c>, <c>customer.first_name</c>,
    /// <c>customer.email</c>, <c>conversation.id</c>, <c>ticket.id</c>) where templates declare them;
    /// e-mail and SMS inboxes set the reply's channel, every other inbox is chat.
    /// </summary>
    public TicketContext ToTicketContext(TicketContextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["customer.name"] = CustomerName,
            ["customer.first_name"] = FirstName(CustomerName),
            ["customer.email"] = CustomerEmail,
            ["conversation.id"] = ConversationId,
            ["ticket.id"] = ConversationId,
        };
        return reader.Read(Message, null, ReplyChannel(Channel), values);
    }

    /// <summary>
    /// The first word of a contact's name. Chatwoot names anonymous website visitors like
    /// <c>shy-river-193</c>; that is no one's first name, so it gives none.
    /// </summary>
    public static string? FirstName(string? name)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed) || GeneratedName().IsMatch(trimmed) || trimmed.Contains('@', StringComparison.Ordinal))
        {
            return null;
        }

        return trimmed.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries)[0];
    }

    private static string ReplyChannel(string? channel) => channel switch
    {
        "Channel::Email" => "email",
        "Channel::Sms" or "Channel::TwilioSms" => "sms",
        _ => "chat",
    };

    [GeneratedRegex("^[a-z]+-[a-z]+-[0-9]+$")]
    private static partial Regex GeneratedName();
}
