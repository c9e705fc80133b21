using KnowledgeBase.Content.Configuration;
using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Extensions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowledgeBase.Web.Tests.Hosting;

/// <summary>
/// A host built with minimal hosting can dispose its services before it stops them: the entry point's
/// <c>app.Run()</c> and whoever else stops the host (a test factory, a service manager) race
/// (dotnet/aspnetcore#40271). Stopping must then still end quietly, not throw from a disposed service.
/// </summary>
public sealed class HostedServiceShutdownTests : IDisposable
{
    private readonly TempContentFolder _content = new();
    private readonly string _data = Path.Combine(Path.GetTempPath(), "kb-tests", "shutdown-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task EveryHostedService_StopsWithoutThrowing_AfterTheContainerDisposedIt()
    {
        _content.Article("articles/en/returns/refunds", "title: Refunds", "## Restocking fee\n\n15 %.\n");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{KnowledgeBaseOptions.SectionName}:{nameof(KnowledgeBaseOptions.ContentPath)}"] = _content.Root,
            [$"{KnowledgeBaseOptions.SectionName}:{nameof(KnowledgeBaseOptions.DataPath)}"] = _data,
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddKnowledgeBaseServices(configuration);
        var provider = services.BuildServiceProvider();
        var hosted = provider.GetServices<IHostedService>().ToList();
        foreach (var service in hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }

        await provider.DisposeAsync();
        var failures = new List<string>();
        foreach (var service in hosted)
        {
            try
            {
                await service.StopAsync(CancellationToken.None);
            }
            catch (Exception e)
            {
                failures.Add($"{service.GetType().Name}: {e.GetType().Name} {e.Message}");
            }
        }

        Assert.Empty(failures);
    }

    public void Dispose()
    {
        _content.Dispose();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
