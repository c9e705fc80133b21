using KnowledgeBase.Import.HelpDesks;

namespace KnowledgeBase.Import.Placeholders;

/// <summary>
/// Each help desk's placeholders and ours. The customer's values become the fields every template
/// already uses (<c>customer.first_name</c>); the agent's become the standard fields the agent sets in
/// My details (<c>agent.name</c>, <c>agent.email</c>, <c>agent.signature</c>, nothing else exists); ticket
/// and conversation numbers, and anything not listed, become fields the form asks for.
/// docs/import.md shows this table.
/// </summary>
public static class PlaceholderMap
{
    public const string CustomerFirstName = "customer.first_name";
    public const string CustomerLastName = "customer.last_name";
    public const string CustomerName = "customer.name";

    private static readonly PlaceholderTarget FirstName = new(CustomerFirstName, "Customer's first name", NamePart.First, "customer");
    private static readonly PlaceholderTarget LastName = new(CustomerLastName, "Customer's last name", NamePart.Last, "customer");
    private static readonly PlaceholderTarget FullName = new(CustomerName, "Customer's name");
    private static readonly PlaceholderTarget Email = new("customer.email", "Customer's e-mail address");
    private static readonly PlaceholderTarget Phone = new("customer.phone", "Customer's phone number");
    private static readonly PlaceholderTarget AgentName = new("agent.name", string.Empty);
    private static readonly PlaceholderTarget AgentEmail = new("agent.email", string.Empty);
    private static readonly PlaceholderTarget AgentSignature = new("agent.signature", string.Empty);

    private static readonly IReadOnlyDictionary<string, PlaceholderTarget> Zendesk = new Dictionary<string, PlaceholderTarget>(StringComparer.Ordinal)
    {
        ["ticket.requester.first_name"] = FirstName,
        ["ticket.requester.last_name"] = LastName,
        ["ticket.requester.name"] = FullName,
        ["ticket.requester.email"] = Email,
        ["ticket.requester.phone"] = Phone,
        ["current_user.name"] = AgentName,
        ["current_user.first_name"] = AgentFirst("current_user.first_name"),
        ["current_user.last_name"] = AgentLast("current_user.last_name"),
        ["current_user.email"] = AgentEmail,
        ["current_user.signature"] = AgentSignature,
        ["ticket.assignee.name"] = AgentName,
        ["ticket.assignee.first_name"] = AgentFirst("ticket.assignee.first_name"),
        ["ticket.assignee.last_name"] = AgentLast("ticket.assignee.last_name"),
        ["ticket.assignee.email"] = AgentEmail,
        ["ticket.id"] = new("ticket.id", "Ticket number"),
        ["ticket.title"] = new("ticket.title", "Ticket subject"),
        ["ticket.url"] = new("ticket.url", "Link to the ticket"),
        ["ticket.link"] = new("ticket.url", "Link to the ticket"),
    };

    private static readonly IReadOnlyDictionary<string, PlaceholderTarget> Freshdesk = new Dictionary<string, PlaceholderTarget>(StringComparer.Ordinal)
    {
        ["ticket.requester.firstname"] = FirstName,
        ["ticket.requester.lastname"] = LastName,
        ["ticket.requester.name"] = FullName,
        ["ticket.requester.email"] = Email,
        ["ticket.requester.phone"] = Phone,
        ["ticket.requester.mobile"] = Phone,
        ["ticket.agent.name"] = AgentName,
        ["ticket.agent.firstname"] = AgentFirst("ticket.agent.firstname"),
        ["ticket.agent.lastname"] = AgentLast("ticket.agent.lastname"),
        ["ticket.agent.email"] = AgentEmail,
        ["ticket.agent.signature"] = AgentSignature,
        ["ticket.id"] = new("ticket.id", "Ticket number"),
        ["ticket.subject"] = new("ticket.subject", "Ticket subject"),
        ["ticket.url"] = new("ticket.url", "Link to the ticket"),
    };

    private static readonly IReadOnlyDictionary<string, PlaceholderTarget> Zammad = new Dictionary<string, PlaceholderTarget>(StringComparer.Ordinal)
    {
        ["ticket.customer.firstname"] = FirstName,
        ["ticket.customer.lastname"] = LastName,
        ["ticket.customer.fullname"] = FullName,
        ["ticket.customer.email"] = Email,
        ["ticket.customer.phone"] = Phone,
        ["ticket.customer.mobile"] = Phone,
        ["user.firstname"] = AgentFirst("user.firstname"),
        ["user.lastname"] = AgentLast("user.lastname"),
        ["user.fullname"] = AgentName,
        ["user.email"] = AgentEmail,
        ["ticket.owner.firstname"] = AgentFirst("ticket.owner.firstname"),
        ["ticket.owner.lastname"] = AgentLast("ticket.owner.lastname"),
        ["ticket.owner.fullname"] = AgentName,
        ["ticket.owner.email"] = AgentEmail,
        ["ticket.number"] = new("ticket.number", "Ticket number"),
        ["ticket.title"] = new("ticket.title", "Ticket subject"),
    };

    private static readonly IReadOnlyDictionary<string, PlaceholderTarget> Chatwoot = new Dictionary<string, PlaceholderTarget>(StringComparer.Ordinal)
    {
        ["contact.first_name"] = FirstName,
        ["contact.last_name"] = LastName,
        ["contact.name"] = FullName,
        ["contact.email"] = Email,
        ["contact.phone_number"] = Phone,
        ["contact.id"] = new("customer.id", "Customer's contact id"),
        ["agent.name"] = AgentName,
        ["agent.first_name"] = AgentFirst("agent.first_name"),
        ["agent.last_name"] = AgentLast("agent.last_name"),
        ["agent.email"] = AgentEmail,
        ["conversation.id"] = new("conversation.id", "Conversation number"),
        ["inbox.name"] = new("inbox.name", "Inbox name"),
    };

    /// <summary>The known placeholders of a help desk, for documentation and tests.</summary>
    public static IReadOnlyDictionary<string, PlaceholderTarget> Known(HelpDesk helpDesk) => helpDesk switch
    {
        HelpDesk.Zendesk => Zendesk,
        HelpDesk.Freshdesk => Freshdesk,
        HelpDesk.Zammad => Zammad,
        HelpDesk.Chatwoot => Chatwoot,
        _ => throw new ArgumentOutOfRangeException(nameof(helpDesk)),
    };

    /// <summary>Our placeholder for <paramref name="path"/>; one not in the table becomes a field of (nearly) the same name.</summary>
    public static PlaceholderTarget Map(HelpDesk helpDesk, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Known(helpDesk).TryGetValue(path, out var target))
        {
            return target;
        }

        var name = FieldName(helpDesk, path);
        var display = HelpDeskNames.Display(helpDesk);
        var note = path.StartsWith("dc.", StringComparison.Ordinal) && helpDesk == HelpDesk.Zendesk
            ? $"{{{{{path}}}}} is Zendesk dynamic content, which the macros export does not include: it became the field {name}, which the form asks for."
            : $"{display}'s {Quote(helpDesk, path)} has no match here: it became the field {name}, which the form asks for.";
        return new PlaceholderTarget(name, $"{Humanize(name)} ({display} {path})", Note: note);
    }

    /// <summary>The placeholder as its help desk writes it: <c>{{ticket.id}}</c> or <c>#{ticket.number}</c>.</summary>
    public static string Quote(HelpDesk helpDesk, string path) => helpDesk == HelpDesk.Zammad ? $"#{{{path}}}" : $"{{{{{path}}}}}";

    /// <summary>
    /// A field name for an unknown placeholder: letters, digits and '_' between dots, as fields must be.
    /// Names under <c>agent.</c> or <c>today</c> would claim the agent's own values, so they get the help desk's name in front.
    /// </summary>
    private static string FieldName(HelpDesk helpDesk, string path)
    {
        var segments = path.Split('.', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => new string(s.Select(c => char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_').ToArray()))
            .Select(s => char.IsAsciiDigit(s[0]) ? "_" + s : s)
            .ToList();
        if (segments.Count == 0)
        {
            segments.Add("value");
        }

        if (segments[0] is "agent" or "today")
        {
            segments[0] = $"{HelpDeskNames.Of(helpDesk)}_{segments[0]}";
        }

        return string.Join('.', segments);
    }

    private static string Humanize(string name)
    {
        var words = name.Replace('.', ' ').Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var text = string.Join(' ', words);
        return text.Length == 0 ? name : char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static PlaceholderTarget AgentFirst(string source) =>
        new("agent.name", string.Empty, NamePart.First, "agent",
            $"The placeholder {source} became {{{{ agent.name }}}}: the app keeps one name per agent (My details), so the whole name prints.");

    private static PlaceholderTarget AgentLast(string source) =>
        new("agent.name", string.Empty, NamePart.Last, "agent",
            $"The placeholder {source} became {{{{ agent.name }}}}: the app keeps one name per agent (My details), so the whole name prints.");
}
