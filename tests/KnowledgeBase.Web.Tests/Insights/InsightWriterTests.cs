using KnowledgeBase.Storage.Insights;
using KnowledgeBase.Web.Insights;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeBase.Web.Tests.Insights;

public sealed class InsightWriterTests
{
    [Fact]
    public async Task ADatabaseThatCannotBeOpened_CostsTheCallerNothing()
    {
        var services = new ServiceCollection()
            .AddSingleton<IInsightStore>(_ => throw new IOException("The database file is locked"))
            .BuildServiceProvider();
        using var writer = new InsightWriter(services, NullLogger<InsightWriter>.Instance);
        await writer.StartAsync(CancellationToken.None);
        var written = false;

        writer.Enqueue(_ =>
        {
            written = true;
            return Task.CompletedTask;
        });
        await writer.FlushAsync();

        Assert.False(written);
    }

    [Fact]
    public async Task AFailedWrite_DoesNotStopTheOnesAfterIt()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kb-tests", "writer-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var database = Storage.KnowledgeBaseDatabase.Open(Path.Combine(folder, "knowledgebase.db"));
            var store = new InsightStore(database);
            using var services = new ServiceCollection().AddSingleton<IInsightStore>(store).BuildServiceProvider();
            using var writer = new InsightWriter(services, NullLogger<InsightWriter>.Instance);
            await writer.StartAsync(CancellationToken.None);
            var at = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

            writer.Enqueue(_ => throw new InvalidOperationException("boom"));
            writer.Enqueue(s =>
            {
                s.RecordSearch(new SearchEvent(Guid.NewGuid(), at, null, "after the failure", null, 1));
                return Task.CompletedTask;
            });
            await writer.FlushAsync();

            Assert.Equal("after the failure", Assert.Single(store.Searches(InsightPeriod.LastDays(at, 1))).Query);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Stopping_WritesWhatIsQueued_ThenRefusesMore()
    {
        var written = new List<int>();
        var folder = Path.Combine(Path.GetTempPath(), "kb-tests", "writer-" + Guid.NewGuid().ToString("N"));
        using var database = Storage.KnowledgeBaseDatabase.Open(Path.Combine(folder, "knowledgebase.db"));
        using var services = new ServiceCollection().AddSingleton<IInsightStore>(new InsightStore(database)).BuildServiceProvider();
        using var writer = new InsightWriter(services, NullLogger<InsightWriter>.Instance);
        using var release = new SemaphoreSlim(0);

        // The first write blocks, so the other two are still queued when the host stops.
        writer.Enqueue(async _ =>
        {
            await release.WaitAsync();
            written.Add(1);
        });
        writer.Enqueue(_ =>
        {
            written.Add(2);
            return Task.CompletedTask;
        });
        await writer.StartAsync(CancellationToken.None);
        var stopping = writer.StopAsync(CancellationToken.None);
        writer.Enqueue(_ =>
        {
            written.Add(3);
            return Task.CompletedTask;
        });
        release.Release();
        await stopping;

        Assert.Equal([1, 2], written);
        database.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
