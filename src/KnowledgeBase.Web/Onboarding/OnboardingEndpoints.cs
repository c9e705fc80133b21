using System.Text;
using KnowledgeBase.Storage.Onboarding;
using KnowledgeBase.Web.Security;

namespace KnowledgeBase.Web.Onboarding;

/// <summary>CSV export of the team tables: <c>GET /team/export/{progress|outdated|checks}.csv</c>. Leads only.</summary>
public static class OnboardingEndpoints
{
    public static IEndpointConventionBuilder MapOnboardingExport(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapGet("/team/export/{table}.csv", Export)
            .RequireAuthorization(Policies.Lead)
            .WithName("OnboardingExport");
    }

    internal static IResult Export(string table, OnboardingService onboarding, TimeProvider time)
    {
        if (OnboardingCsv.Write(table, onboarding) is not { } csv)
        {
            return Results.NotFound();
        }

        // A byte order mark so spreadsheet programs read the UTF-8 (Czech names) correctly.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
        return Results.File(bytes, "text/csv; charset=utf-8", $"team-{table}-{time.GetUtcNow():yyyy-MM-dd}.csv");
    }
}
