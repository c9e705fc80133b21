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
            .AddSingleton<InsightStore>(_ => throw new IOException("The database file is locked"))
            .BuildServiceProvider();
        using var writer = new InsightWriter(services, NullLogger<InsightWriter>.Instance);
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
            using var services = new ServiceCollection().AddSingleton(store).BuildServiceProvider();
            using var writer = new InsightWriter(services, NullLogger<InsightWriter>.Instance);
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
}
