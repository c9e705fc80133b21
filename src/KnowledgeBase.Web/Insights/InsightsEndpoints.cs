using KnowledgeBase.Web.Security;
using KnowledgeBase.Web.Services;

namespace KnowledgeBase.Web.Insights;

/// <summary>CSV export of each dashboard table: <c>GET /insights/export/{table}.csv?days=30</c> or <c>?from=&amp;to=</c>. Leads only.</summary>
public static class InsightsEndpoints
{
    public static IEndpointConventionBuilder MapInsightsExport(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapGet("/insights/export/{table}.csv", Export)
            .RequireAuthorization(Policies.Lead)
            .WithName("InsightsExport");
    }

    /// <summary>The URL of a table's export for a period.</summary>
    public static string ExportUrl(string table, PeriodSelection period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return $"/insights/export/{Uri.EscapeDataString(table)}.csv?{period.ToQuery()}";
    }

    /// <summary>
    /// The table as CSV, or 400 with the reason when the period is not valid (<see cref="PeriodSelection.TryParse"/>).
    /// <paramref name="cancellationToken"/> is the request's: reading stops when the client goes.
    /// </summary>
    internal static IResult Export(string table, string? days, string? from, string? to, InsightTables tables, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!PeriodSelection.TryParse(days, from, to, out var selection, out var error))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The period is not valid", detail: error);
        }

        var period = selection.Resolve(time.GetUtcNow());
        if (tables.Build(table, period, cancellationToken: cancellationToken) is not { } built)
        {
            return Results.NotFound();
        }

        var name = $"{table}-{PeriodSelection.Date(DateOnly.FromDateTime(period.From.UtcDateTime))}-{PeriodSelection.Date(DateOnly.FromDateTime(period.To.UtcDateTime.AddDays(-1)))}.csv";
        return CsvText.Download(InsightCsv.Write(built), name);
    }
}
