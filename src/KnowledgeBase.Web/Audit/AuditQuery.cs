using System.Globalization;
using KnowledgeBase.Storage.Audit;

namespace KnowledgeBase.Web.Audit;

/// <summary>
/// The audit page's filter as it appears in its URL and the CSV link
/// (<c>?user=anna&amp;type=SignInFailed&amp;from=2026-11-01&amp;to=2026-11-15</c>, UTC days, both included).
/// Anything that does not parse is simply no filter.
/// </summary>
public sealed record AuditQuery(string? User, AuditEventType? Type, DateOnly? From, DateOnly? To)
{
    public static AuditQuery Parse(string? user, string? type, string? from, string? to) => new(
        string.IsNullOrWhiteSpace(user) ? null : user.Trim(),
        Enum.TryParse<AuditEventType>(type, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null,
        Date(from),
        Date(to));

    /// <summary>The store's filter: from the start of <see cref="From"/> to the end of <see cref="To"/>, UTC.</summary>
    public AuditFilter ToFilter() => new(
        User,
        Type,
        From is { } from ? new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
        To is { } to ? new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null);

    /// <summary>The query string (without <c>?</c>); empty when nothing is filtered.</summary>
    public string ToQuery()
    {
        var parts = new List<string>();
        Add(parts, "user", User);
        Add(parts, "type", Type?.ToString());
        Add(parts, "from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(parts, "to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return string.Join('&', parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (value is not null)
        {
            parts.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
