using KnowledgeBase.Storage.Accounts;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeBase.Web.Health;

/// <summary>
/// Ready when the database answers: counting the accounts is one cheap read through the same store
/// every sign-in uses, so a database that is closed, broken or unreachable fails here first.
/// </summary>
internal sealed class StorageHealthCheck(IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // Resolved per check, not injected: a database that cannot be opened fails the check, not the app's start.
            services.GetRequiredService<IUserStore>().Count();
            return Task.FromResult(HealthCheckResult.Healthy());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("the database does not answer", e));
        }
    }
}
