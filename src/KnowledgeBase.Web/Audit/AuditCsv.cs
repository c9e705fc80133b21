using System.Globalization;
using KnowledgeBase.Storage.Audit;
using KnowledgeBase.Web.Services;

namespace KnowledgeBase.Web.Audit;

/// <summary>The audit log as CSV (through <see cref="CsvText"/>: quoting, formulas defused), newest first.</summary>
public static class AuditCsv
{
    public static string Write(IEnumerable<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        IEnumerable<string?>[] header = [["time (UTC)", "event", "by", "account", "address", "detail"]];
        return CsvText.Write(header.Concat(entries.Select(e => (IEnumerable<string?>)
        [
            e.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            e.Type.ToString(),
            e.ActorName,
            e.SubjectName,
            e.ClientAddress,
            e.Detail,
        ])));
    }
}
