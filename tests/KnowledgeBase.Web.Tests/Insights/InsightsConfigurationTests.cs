using KnowledgeBase.Storage.Insights;
using KnowledgeBase.Web.Extensions;
using KnowledgeBase.Web.Insights;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Tests.Insights;

public sealed class InsightsConfigurationTests
{
    [Fact]
    public void TheRetentionAndPause_AreReadFromKnowledgeBaseInsights_AndTheSweepRunsAsAHostedService()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["KnowledgeBase:DataPath"] = Path.Combine(Path.GetTempPath(), "kb-tests", "config-" + Guid.NewGuid().ToString("N")),
            ["KnowledgeBase:Insights:SearchLogRetentionDays"] = "30",
            ["KnowledgeBase:Insights:SearchPause"] = "00:00:05",
        });

        builder.AddKnowledgeBase();

        using var provider = builder.Services.BuildServiceProvider();
        Assert.Equal(30, provider.GetRequiredService<IOptions<InsightsOptions>>().Value.SearchLogRetentionDays);
        Assert.Equal(TimeSpan.FromSeconds(5), provider.GetRequiredService<IOptions<InsightsUiOptions>>().Value.SearchPause);
        Assert.Contains(builder.Services, s => s.ServiceType == typeof(IHostedService) && s.ImplementationFactory is not null);
        Assert.Single(builder.Services, s => s.ServiceType == typeof(Storage.KnowledgeBaseDatabase));
    }
}
