using KnowledgeBase.Storage.Audit;
using KnowledgeBase.Web.Security;
using KnowledgeBase.Web.Services;

namespace KnowledgeBase.Web.Audit;

/// <summary>
/// <c>GET /admin/audit/export.csv?user=&amp;type=&amp;from=&amp;to=</c>: the audit log, filtered like the page,
/// complete. Admins only; rate limited and itself written to the audit log like every export.
/// </summary>
public static class AuditEndpoints
{
    public const string PagePath = "/admin/audit";

    public const string ExportPath = "/admin/audit/export.csv";

    public static IEndpointConventionBuilder MapAuditExport(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapGet(ExportPath, Export)
            .RequireAuthorization(Policies.Admin)
            .AsAuditedExport()
            .WithName("AuditExport");
    }

    /// <summary>The export's address for a filter.</summary>
    public static string ExportUrl(AuditQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = query.ToQuery();
        return text.Length == 0 ? ExportPath : $"{ExportPath}?{text}";
    }

    internal static IResult Export(string? user, string? type, string? from, string? to, IAuditStore audit, TimeProvider time)
    {
        var query = AuditQuery.Parse(user, type, from, to);
        return CsvText.Download(AuditCsv.Write(audit.Find(query.ToFilter())), $"audit-{time.GetUtcNow():yyyy-MM-dd}.csv");
    }
}
