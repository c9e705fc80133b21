using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeBase.Content.Library;
using KnowledgeBase.Content.Model;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace KnowledgeBase.Web.HelpDesk;

/// <summary>
/// Turns what a help desk sends (a link's query string, a dashboard app's message) into a
/// <see cref="TicketContext"/>: only names some template declares become field values (others are
/// ignored, as are the agent's own fields, which come from My details); every value is cut to its
/// bound and stripped of control characters, and a placeholder the help desk left unfilled
/// (<c>{{ticket.id}}</c>, <c>#{ticket.number}</c>, Zammad's <c>-</c> for empty) counts as absent.
/// </summary>
public sealed partial class TicketContextReader(ContentLibrary library, IOptions<TicketContextOptions> options)
{
    /// <summary>The query parameter with the customer's message.</summary>
    public const string MessageParameter = "message";

    /// <summary>The query parameter with the message's language (en, cs, …).</summary>
    public const string LanguageParameter = "lang";

    /// <summary>The query parameter with the reply's channel (email, chat, sms).</summary>
    public const string ChannelParameter = "channel";

    private static readonly string[] ChannelNames = ["email", "chat", "sms"];

    /// <summary>Reads a query string (<c>?message=…&amp;customer.first_name=…</c>).</summary>
    public TicketContext FromQuery(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? message = null, language = null, channel = null;
        var values = new List<KeyValuePair<string, string?>>();
        foreach (var (name, value) in query)
        {
            var first = value.Count > 0 ? value[0] : null;
            switch (name)
            {
                case MessageParameter:
                    message = first;
                    break;
                case LanguageParameter:
                    language = first;
                    break;
                case ChannelParameter:
                    channel = first;
                    break;
                default:
                    values.Add(new(name, first));
                    break;
            }
        }

        return Read(message, language, channel, values);
    }

    /// <summary>Reads values given by name (a dashboard app's context); the same rules as a link.</summary>
    public TicketContext Read(string? message, string? language, string? channel, IEnumerable<KeyValuePair<string, string?>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var limits = options.Value;
        var declared = DeclaredFields();
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, raw) in values)
        {
            if (fields.Count >= limits.MaxValues)
            {
                break;
            }

            if (declared.Contains(name) && !name.StartsWith("agent.", StringComparison.Ordinal) && Clean(raw, limits.MaxValueLength) is { } value)
            {
                fields[name] = value;
            }
        }

        var code = Clean(language, 10)?.ToLowerInvariant();
        var medium = Clean(channel, 10)?.ToLowerInvariant();
        return new TicketContext(
            Clean(message, limits.MaxMessageLength),
            code is not null && Languages.IsSupported(code) ? code : null,
            medium is not null && ChannelNames.Contains(medium) ? medium : null,
            fields);
    }

    private HashSet<string> DeclaredFields() =>
        library.Current.Templates.SelectMany(t => t.Fields).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Plain text within <paramref name="max"/> characters: line breaks kept (as \n), other control
    /// and format characters dropped, trimmed; null when nothing is left or it is an unfilled placeholder.
    /// </summary>
    public static string? Clean(string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = new StringBuilder(Math.Min(value.Length, max + 1));
        foreach (var c in value.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            if (text.Length >= max)
            {
                break;
            }

            var category = char.GetUnicodeCategory(c);
            if (c is '\n' or '\t')
            {
                text.Append(c);
            }
            else if (category is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned))
            {
                text.Append(c);
            }
        }

        // A surrogate pair cut in half at the bound would be an invalid character.
        if (text.Length > 0 && char.IsHighSurrogate(text[^1]))
        {
            text.Length--;
        }

        var cleaned = text.ToString().Trim();
        return cleaned.Length == 0 || cleaned == "-" || Unfilled().IsMatch(cleaned) ? null : cleaned;
    }

    // {{ticket.id}} (Zendesk, Freshdesk, Chatwoot), #{ticket.number} (Zammad), %{ticket.id} (osTicket).
    [GeneratedRegex(@"^(\{\{[^{}]*\}\}|[#%]\{[^{}]*\})$")]
    private static partial Regex Unfilled();
}
