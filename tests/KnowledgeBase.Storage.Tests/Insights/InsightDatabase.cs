using KnowledgeBase.Storage.Insights;
using KnowledgeBase.Storage.Tests.Providers;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeBase.Storage.Tests.Insights;

/// <summary>An insight store on one provider (see <see cref="TestStorage"/>), and fake time.</summary>
public abstract class InsightDatabase(TestStorage storage) : IDisposable
{
    protected IInsightStore Store => storage.Insights;

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    protected DateTimeOffset Now => Time.GetUtcNow();

    protected InsightPeriod LastWeek => InsightPeriod.LastDays(Now, 7);

    protected void Reopen() => storage.Reopen();

    protected Guid Searched(string query, int results, string? opened = null, DateTimeOffset? at = null, string? language = null)
    {
        var id = Guid.NewGuid();
        Store.RecordSearch(new SearchEvent(id, at ?? Now, "u1", query, language, results, opened));
        return id;
    }

    public void Dispose()
    {
        storage.Dispose();
        GC.SuppressFinalize(this);
    }
}
