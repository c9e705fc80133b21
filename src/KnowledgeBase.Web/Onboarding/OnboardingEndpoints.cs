using KnowledgeBase.Storage.Onboarding;
using KnowledgeBase.Web.Security;
using KnowledgeBase.Web.Services;
using KnowledgeBase.Application.Onboarding;

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

        return CsvText.Download(csv, $"team-{table}-{time.GetUtcNow():yyyy-MM-dd}.csv");
    }
}
